package io.memberpulse.support.demo.boundary;

import static io.memberpulse.support.accounts.entity.Role.ROLE_CLIENT_ADMIN;
import static io.memberpulse.support.accounts.entity.Role.ROLE_CLIENT_USER;
import static io.memberpulse.support.accounts.entity.Role.ROLE_MEMBER;
import static io.memberpulse.support.accounts.entity.Role.ROLE_PLATFORM_OPERATOR;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.Accounts.NewAccount;
import io.memberpulse.support.accounts.entity.Client;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the embedded mode. Each client is created in its own transaction and only if it is missing, so a restart
 * (or a second node) loads nothing twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The one password of every demo account; documented in the README, and only ever valid in embedded mode. */
    public static final String DEMO_PASSWORD = "demo-password";

    @Inject
    @ConfigProperty(name = "memberpulse.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    DemoTickets tickets;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled) {
            return;
        }
        seed("demo", "Demo Association of Professionals", 48, List.of(
                new NewAccount("admin@demo.test", "Dana Admin", ROLE_CLIENT_ADMIN, DEMO_PASSWORD),
                new NewAccount("agent@demo.test", "Alex Agent", ROLE_CLIENT_USER, DEMO_PASSWORD),
                new NewAccount("agent2@demo.test", "Sam Support", ROLE_CLIENT_USER, DEMO_PASSWORD),
                new NewAccount("member@demo.test", "Morgan Member", ROLE_MEMBER, DEMO_PASSWORD),
                new NewAccount("member2@demo.test", "Riley Member", ROLE_MEMBER, DEMO_PASSWORD),
                new NewAccount("member3@demo.test", "Casey Member", ROLE_MEMBER, DEMO_PASSWORD)));
        seed(Client.PLATFORM_SLUG, "MemberPulse platform", 0, List.of(
                new NewAccount("operator@memberpulse.test", "Olive Operator", ROLE_PLATFORM_OPERATOR, DEMO_PASSWORD)));
        seed("acme", "ACME Guild of Engineers", 6, List.of(
                new NewAccount("admin@acme.test", "Ada Acme", ROLE_CLIENT_ADMIN, DEMO_PASSWORD),
                new NewAccount("agent@acme.test", "Arnold Acme", ROLE_CLIENT_USER, DEMO_PASSWORD),
                new NewAccount("member@acme.test", "Mia Acme", ROLE_MEMBER, DEMO_PASSWORD)));
    }

    private void seed(String slug, String name, int ticketCount, List<NewAccount> people) {
        if (accounts.clientExists(slug)) {
            return;
        }
        var client = accounts.createClient(slug, name, people);
        if (ticketCount > 0) {
            tickets.seed(client.id(), ticketCount);
        }
        LOG.info(() -> "Demo client " + slug + " created with " + people.size() + " accounts and " + ticketCount
                + " tickets");
    }
}
