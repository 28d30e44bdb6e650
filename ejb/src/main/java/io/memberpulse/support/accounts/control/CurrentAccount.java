package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.UUID;

/** The caller's own account, found by the id it was resolved to at sign-in, within the caller's client. */
@RequestScoped
public class CurrentAccount {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    SecurityContext security;

    /** The caller's account id, as resolved at sign-in: no database read. */
    public UUID id() {
        if (security.getCallerPrincipal() instanceof AccountPrincipal principal) {
            return principal.accountId();
        }
        throw new NotFound("Account", "of this caller");
    }

    /** Whether the caller signed in as a member (rather than staff): no database read. */
    public boolean isMember() {
        return security.isCallerInRole(Role.MEMBER);
    }

    /** The caller's account itself, read in the running transaction. */
    public Account get() {
        Account account = security.getCallerPrincipal() instanceof AccountPrincipal principal
                ? em.find(Account.class, principal.accountId()) : null;
        if (account == null) {
            throw new NotFound("Account", "of this caller");
        }
        return account;
    }
}
