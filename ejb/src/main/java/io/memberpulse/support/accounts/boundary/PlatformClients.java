package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.control.PasswordHasher;
import io.memberpulse.support.accounts.control.PasswordLinks;
import io.memberpulse.support.accounts.control.PasswordLinks.Link;
import io.memberpulse.support.accounts.control.PasswordPolicy;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountLink.Purpose;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The clients of this installation, for its platform operators: create (with the first administrator's
 * invitation), list, rename, suspend and resume. Nothing is ever deleted. Operators see clients, never a client's
 * tickets or people: every other boundary refuses their role.
 */
@Stateless
@RolesAllowed(Role.OPERATOR)
public class PlatformClients {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    ClientDirectory clients;

    @Inject
    PasswordLinks links;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public List<Client> list() {
        return em.createNamedQuery(Client.ALL, Client.class).setParameter("platform", Client.PLATFORM_SLUG)
                .setMaxResults(1000).getResultList();
    }

    public Client find(UUID id) {
        Client client = em.find(Client.class, id);
        if (client == null || client.isPlatform()) {
            throw new NotFound("Client", id);
        }
        return client;
    }

    public record NewClient(Client client, Account administrator, Link link) {
    }

    /** A client and its first administrator, who is sent a link to set a password. */
    public NewClient create(String slug, String name, String adminEmail, String adminName) {
        Client client = newClient(slug, name);
        Account admin = newAccount(client, adminEmail, adminName, Role.ROLE_CLIENT_ADMIN, null);
        return new NewClient(client, admin, links.issue(client.id(), admin, Purpose.INVITATION));
    }

    public Client change(UUID id, String name, Boolean suspended) {
        Client client = find(id);
        if (name != null) {
            client.rename(name);
        }
        if (Boolean.TRUE.equals(suspended)) {
            client.suspend();
        } else if (Boolean.FALSE.equals(suspended)) {
            client.resume();
        }
        return client;
    }

    public record FirstClient(Client client, Link administratorLink, Link operatorLink) {
    }

    /**
     * The first run on an empty database: the first client and its administrator, and the platform with its first
     * operator (the same person). With a password both can sign in at once; without one, each gets a link. Does
     * nothing once any client exists; a second node starting at the same moment fails on the unique slug and
     * rolls back, so this happens once.
     */
    @PermitAll
    public FirstClient bootstrap(String slug, String name, String adminEmail, String password) {
        long existing = em.createNamedQuery(Client.COUNT_ALL, Long.class).getSingleResult();
        if (existing > 0) {
            return null;
        }
        String email = Account.checkedEmail(adminEmail);
        String hash = null;
        if (password != null && !password.isEmpty()) {
            policy.check(password, email);
            hash = hasher.hash(password);
        }
        String personName = email.substring(0, email.indexOf('@'));
        Client platform = new Client(Client.PLATFORM_SLUG, "MemberPulse platform", clock.instant());
        em.persist(platform);
        Client client = newClient(slug, name);
        Account admin = newAccount(client, email, personName, Role.ROLE_CLIENT_ADMIN, hash);
        Link adminLink = hash == null ? links.issue(client.id(), admin, Purpose.INVITATION) : null;
        Account operator = newAccount(platform, email, personName, Role.ROLE_PLATFORM_OPERATOR, hash);
        Link operatorLink = hash == null ? links.issue(platform.id(), operator, Purpose.INVITATION) : null;
        return new FirstClient(client, adminLink, operatorLink);
    }

    private Client newClient(String slug, String name) {
        String checked = Client.checkedSlug(slug);
        if (checked.equals(Client.PLATFORM_SLUG)) {
            throw new RuleViolation("slug", "'" + Client.PLATFORM_SLUG + "' is reserved for the platform.");
        }
        if (clients.bySlug(checked).isPresent()) {
            throw new RuleViolation("slug", "A client called " + checked + " exists already.");
        }
        Client client = new Client(checked, name, clock.instant());
        em.persist(client);
        return client;
    }

    private Account newAccount(Client client, String email, String name, Role role, String passwordHash) {
        em.flush();
        tenant.enter(client.id());
        Account account = new Account(Account.checkedEmail(email), Account.checkedName(name), role, passwordHash,
                clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }
}
