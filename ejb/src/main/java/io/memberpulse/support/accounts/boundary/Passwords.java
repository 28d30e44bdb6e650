package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.PasswordHasher;
import io.memberpulse.support.accounts.control.PasswordLinks;
import io.memberpulse.support.accounts.control.PasswordPolicy;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountLink;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.LinkNotUsable;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;

/**
 * Setting a password: through a single-use link (an invitation, a reset, the first run), or by the signed-in owner
 * who knows the current one. Either way the account's other sessions and older tokens end.
 */
@Stateless
public class Passwords {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    TenantContext tenant;

    @Inject
    PasswordLinks links;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** Who a link is for, so that its page can greet them; an unusable link is refused like a wrong one. */
    public record LinkHolder(String email, String name, String clientName) implements Serializable {
    }

    @PermitAll
    public LinkHolder holderOf(String token) {
        AccountLink link = links.usable(token);
        Account account = accountOf(link);
        return new LinkHolder(account.email(), account.displayName(),
                em.find(Client.class, link.clientId()).name());
    }

    /** Sets the password a link allows, and spends the link. Returns the account's client, for the sign-in page. */
    @PermitAll
    public Client setWithLink(String token, String password) {
        AccountLink link = links.usable(token);
        Account account = accountOf(link);
        policy.check(password, account.email());
        link.use(clock.instant());
        account.changePassword(hasher.hash(password));
        return em.find(Client.class, link.clientId());
    }

    /** The signed-in person's own change; returns the account's new credentials epoch for their own session. */
    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER, Role.OPERATOR})
    public int change(String currentPassword, String newPassword) {
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(session.getCallerPrincipal().getName()))
                .getSingleResult();
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw new RuleViolation("currentPassword", "The current password is not right.");
        }
        policy.check(newPassword, account.email());
        account.changePassword(hasher.hash(newPassword));
        return account.credentialsEpoch();
    }

    private Account accountOf(AccountLink link) {
        tenant.enter(link.clientId());
        Account account = em.find(Account.class, link.accountId());
        if (account == null || !account.isActive()) {
            throw new LinkNotUsable();
        }
        return account;
    }
}
