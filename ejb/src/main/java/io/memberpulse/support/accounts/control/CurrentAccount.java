package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.platform.entity.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

/** The caller's own account, found by the id it was resolved to at sign-in, within the caller's client. */
@RequestScoped
public class CurrentAccount {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    SecurityContext security;

    public Account get() {
        Account account = security.getCallerPrincipal() instanceof AccountPrincipal principal
                ? em.find(Account.class, principal.accountId()) : null;
        if (account == null) {
            throw new NotFound("Account", "of this caller");
        }
        return account;
    }
}
