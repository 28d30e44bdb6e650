package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.MemberList;
import io.memberpulse.support.accounts.control.PasswordLinks;
import io.memberpulse.support.accounts.control.PasswordLinks.Link;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountLink.Purpose;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;

/**
 * What a client's administrators change about its people: invitations, roles, deactivation, password links. An
 * account is never deleted. A client always keeps one active administrator: the changes that could remove the last
 * one take a lock on the client first, so two administrators demoting each other at once cannot both succeed.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AccountChanges {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    PasswordLinks links;

    @Inject
    MemberList members;

    @Inject
    Clock clock;

    public record Invitation(Account account, Link link) {
    }

    /** A new account with no password yet, and the single-use link that lets its owner set one. */
    public Invitation invite(NewPerson person) {
        Role role = person.role() == null ? Role.ROLE_CLIENT_USER : person.role();
        if (role == Role.ROLE_PLATFORM_OPERATOR) {
            throw new RuleViolation("role", "The role must be ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER or ROLE_MEMBER.");
        }
        String email = Account.checkedEmail(person.email());
        if (byEmail(email) != null) {
            throw new RuleViolation("email", "An account with the e-mail " + email + " exists already.");
        }
        Account account = new Account(email, Account.checkedName(person.name()), role, null, clock.instant());
        if (role == Role.ROLE_MEMBER) {
            account.describeMembership(person.memberNumber(), person.organisation());
        }
        em.persist(account);
        return new Invitation(account, links.issue(clientId(), account, Purpose.INVITATION));
    }

    public record NewPerson(String email, String name, Role role, String memberNumber, String organisation) {
    }

    /** Name, role and active state, each changed only when given; all or nothing. */
    public Account change(UUID id, Change change) {
        Account account = find(id);
        if (change.name() != null) {
            account.rename(Account.checkedName(change.name()));
        }
        boolean losesAdmin = account.role() == Role.ROLE_CLIENT_ADMIN && account.isActive()
                && ((change.role() != null && change.role() != Role.ROLE_CLIENT_ADMIN)
                        || Boolean.FALSE.equals(change.active()));
        if (losesAdmin) {
            requireAnotherActiveAdmin(Boolean.FALSE.equals(change.active()) ? "active" : "role");
        }
        if (change.role() != null) {
            account.changeRole(change.role());
        }
        if (change.active() != null) {
            if (change.active()) {
                account.reactivate();
            } else {
                account.deactivate();
            }
        }
        if (change.memberNumber() != null || change.organisation() != null) {
            account.describeMembership(change.memberNumber() != null ? change.memberNumber() : account.memberNumber(),
                    change.organisation() != null ? change.organisation() : account.organisation());
        }
        return account;
    }

    public record Change(String name, Role role, Boolean active, String memberNumber, String organisation) {
    }

    /** A single-use link to set a new password, for an account whose owner forgot theirs (or never set one). */
    public Link passwordLink(UUID id) {
        Account account = find(id);
        if (!account.isActive()) {
            throw new RuleViolation("active", "Reactivate the account before sending it a password link.");
        }
        return links.issue(clientId(), account, account.hasPassword() ? Purpose.RESET : Purpose.INVITATION);
    }

    /** Members from the association's membership system; see {@link MemberList}. */
    public MemberList.Report importMembers(String csv) {
        return members.importCsv(csv);
    }

    private void requireAnotherActiveAdmin(String field) {
        em.find(Client.class, clientId(), LockModeType.PESSIMISTIC_WRITE);
        long admins = em.createNamedQuery(Account.ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", Role.ROLE_CLIENT_ADMIN).getSingleResult();
        if (admins <= 1) {
            throw new RuleViolation(field, "This is the client's last active administrator: make another "
                    + "administrator first.");
        }
    }

    private Account find(UUID id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("Account", id);
        }
        return account;
    }

    private Account byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
    }

    private UUID clientId() {
        return tenant.current().orElseThrow();
    }
}
