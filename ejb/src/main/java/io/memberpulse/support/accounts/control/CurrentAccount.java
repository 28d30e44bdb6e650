package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.platform.entity.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

/**
 * The caller's own account, looked up once per request by the e-mail the caller signed in with (the
 * {@code upn} of a token), within the caller's client.
 */
@RequestScoped
public class CurrentAccount {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    SecurityContext security;

    public Account get() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotFound("Account", "of an anonymous caller");
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(principal.getName()))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Account", principal.getName()));
    }
}
