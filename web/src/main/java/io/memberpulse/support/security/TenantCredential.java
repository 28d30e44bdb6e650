package io.memberpulse.support.security;

import jakarta.security.enterprise.credential.Credential;

/** What a person types on the sign-in page: their organisation, e-mail and password. */
public record TenantCredential(String client, String email, String password) implements Credential {
}
