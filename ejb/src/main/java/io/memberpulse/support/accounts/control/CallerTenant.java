package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.platform.control.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's client, as it was resolved when they signed in: by the sign-in page, or by {@code Callers} for a
 * bearer token (the token's client claim checked against a real account there). Never a claim read here.
 */
@RequestScoped
public class CallerTenant implements TenantResolver {

    @Inject
    SecurityContext security;

    @Override
    public Optional<UUID> clientOfCaller() {
        return security.getCallerPrincipal() instanceof AccountPrincipal account
                ? Optional.of(account.clientId()) : Optional.empty();
    }
}
