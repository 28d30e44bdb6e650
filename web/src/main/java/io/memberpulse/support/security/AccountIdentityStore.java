package io.memberpulse.support.security;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.accounts.entity.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks sign-in page credentials against the accounts of the chosen client (PBKDF2, with lock-out). */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof TenantCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn signIn = accounts.signIn(typed.client(), typed.email(), typed.password());
        attempt.record(signIn);
        if (!signIn.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var account = signIn.account();
        return new CredentialValidationResult(
                new AccountPrincipal(account.email(), account.id(), signIn.clientId(), account.credentialsEpoch()), Set.of(account.role().name()));
    }
}
