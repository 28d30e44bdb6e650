package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.control.LoginPolicy;
import io.memberpulse.support.accounts.control.PasswordHasher;
import io.memberpulse.support.accounts.control.TokenIssuer;
import io.memberpulse.support.accounts.control.TokenIssuer.Token;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.accounts.entity.SignIn;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Sign-in and the accounts of the caller's client. Every query here is scoped to one client by the tenant
 * discriminator; only sign-in chooses the client itself, from what the person typed.
 */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    TenantContext tenant;

    @Inject
    ClientDirectory clients;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginPolicy policy;

    @Inject
    TokenIssuer tokens;

    @Inject
    Clock clock;

    /**
     * Checks a client, e-mail and password. Wrong passwords are counted even though the method returns normally,
     * so the lock-out holds across requests and cluster nodes.
     */
    @PermitAll
    public SignIn signIn(String clientSlug, String email, String password) {
        Client client = clients.bySlug(clientSlug).orElse(null);
        if (client == null) {
            passwords.matches(password, null);
            return SignIn.wrongCredentials();
        }
        tenant.enter(client.id());
        Account account = byEmail(email);
        var now = clock.instant();
        if (account == null) {
            passwords.matches(password, null);
            return SignIn.wrongCredentials();
        }
        if (account.isLocked(now)) {
            return SignIn.locked(account.lockedUntil());
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.recordFailedLogin(now, policy.maxFailures(), policy.lock());
            return account.isLocked(now) ? SignIn.locked(account.lockedUntil()) : SignIn.wrongCredentials();
        }
        if (!account.isActive()) {
            return SignIn.refused(SignIn.Outcome.DEACTIVATED);
        }
        if (client.isSuspended()) {
            return SignIn.refused(SignIn.Outcome.SUSPENDED);
        }
        account.recordLogin(now);
        return SignIn.signedIn(client, account);
    }

    /** Signs in and issues an access token for the API. */
    @PermitAll
    public IssuedToken issueToken(String clientSlug, String email, String password) {
        SignIn signIn = signIn(clientSlug, email, password);
        if (!signIn.succeeded()) {
            return new IssuedToken(signIn, null);
        }
        return new IssuedToken(signIn, tokens.issue(signIn.account(), signIn.clientSlug()));
    }

    public record IssuedToken(SignIn signIn, Token token) {
    }

    /** The signed-in caller's own account. */
    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER, Role.OPERATOR})
    public Caller me() {
        Account account = byEmail(session.getCallerPrincipal().getName());
        if (account == null) {
            throw new NotFound("Account", session.getCallerPrincipal().getName());
        }
        Client client = clients.byId(tenant.current().orElseThrow()).orElseThrow();
        return new Caller(account, client);
    }

    public record Caller(Account account, Client client) {
    }

    @RolesAllowed(Role.ADMIN)
    public List<Account> list(int limit) {
        return em.createNamedQuery(Account.ALL, Account.class).setMaxResults(Math.min(Math.max(limit, 1), 500))
                .getResultList();
    }

    /** The client's support staff, by name: whom a ticket can be assigned to. */
    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public List<Account> staff() {
        // the staff roles named, not "not a member": an equality the accounts_staff index serves, where the
        // inequality walked every member's name (80 ms a queue page with 200 000 members)
        return em.createNamedQuery(Account.STAFF, Account.class)
                .setParameter("staff", List.of(Role.ROLE_CLIENT_ADMIN, Role.ROLE_CLIENT_USER))
                .setMaxResults(500).getResultList();
    }

    @RolesAllowed(Role.ADMIN)
    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }

    @RolesAllowed(Role.ADMIN)
    public Account find(UUID id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("Account", id);
        }
        return account;
    }

    /** The signed-in person's own name (the "My account" page). */
    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER, Role.OPERATOR})
    public Account renameMe(String displayName) {
        Account account = me().account();
        account.rename(Account.checkedName(displayName));
        return account;
    }

    /** Creates a client with its first accounts, in one transaction: used by the embedded demo data. */
    @PermitAll
    public Client createClient(String slug, String name, List<NewAccount> accounts) {
        if (clients.bySlug(slug).isPresent()) {
            throw new RuleViolation("slug", "A client called " + slug + " exists already.");
        }
        Client client = new Client(slug, name, clock.instant());
        em.persist(client);
        em.flush();
        tenant.enter(client.id());
        for (NewAccount account : accounts) {
            em.persist(new Account(account.email(), account.name(), account.role(),
                    passwords.hash(account.password()), clock.instant()));
        }
        return client;
    }

    public record NewAccount(String email, String name, Role role, String password) {
    }

    @PermitAll
    public boolean clientExists(String slug) {
        return clients.bySlug(slug).isPresent();
    }

    private Account byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultStream().findFirst().orElse(null);
    }
}
