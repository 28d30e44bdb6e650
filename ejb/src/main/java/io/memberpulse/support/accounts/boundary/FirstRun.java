package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.boundary.PlatformClients.FirstClient;
import io.memberpulse.support.platform.entity.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's first start on an empty database: with {@code MEMBERPULSE_BOOTSTRAP_CLIENT} ({@code slug:Name})
 * and {@code MEMBERPULSE_BOOTSTRAP_ADMIN_EMAIL} set, the first client, its administrator and the platform operator
 * are created; without {@code MEMBERPULSE_BOOTSTRAP_ADMIN_PASSWORD}, the one-time links to set their passwords are
 * written to the log, once. On any later start, or on a second node, the settings change nothing.
 *
 * <p>A bad setting does not stop the server: it is written to the log as SEVERE with what to fix, and the
 * database stays empty, so the operator can correct it and start again.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "DemoData"})
public class FirstRun {

    private static final Logger LOG = Logger.getLogger(FirstRun.class.getName());

    @Inject
    @ConfigProperty(name = "memberpulse.bootstrap.client")
    Optional<String> client;

    @Inject
    @ConfigProperty(name = "memberpulse.bootstrap.admin-email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "memberpulse.bootstrap.admin-password")
    Optional<String> adminPassword;

    @Inject
    PlatformClients platform;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (client.isEmpty() && adminEmail.isEmpty()) {
            return;
        }
        if (client.isEmpty() || adminEmail.isEmpty()) {
            LOG.severe("First run: set both MEMBERPULSE_BOOTSTRAP_CLIENT (slug:Name) and "
                    + "MEMBERPULSE_BOOTSTRAP_ADMIN_EMAIL; nothing was created.");
            return;
        }
        String[] slugAndName = client.get().split(":", 2);
        String slug = slugAndName[0].strip();
        String name = slugAndName.length > 1 && !slugAndName[1].isBlank() ? slugAndName[1].strip() : slug;
        FirstClient created;
        try {
            created = platform.bootstrap(slug, name, adminEmail.get(), adminPassword.orElse(null));
        } catch (BusinessException refused) {
            LOG.severe(() -> "First run: nothing was created: " + refused.getMessage()
                    + " (MEMBERPULSE_BOOTSTRAP_CLIENT, MEMBERPULSE_BOOTSTRAP_ADMIN_EMAIL, "
                    + "MEMBERPULSE_BOOTSTRAP_ADMIN_PASSWORD)");
            return;
        } catch (EJBException raced) {
            LOG.info("First run: another node created the first client at the same moment; nothing more to do.");
            return;
        }
        if (created == null) {
            LOG.info("First run settings ignored: this database has clients already. They can be removed.");
            return;
        }
        LOG.info(() -> "First run: created the client " + created.client().slug() + " (" + created.client().name()
                + ") with its administrator " + adminEmail.get().strip() + ", who is also the platform operator.");
        if (created.administratorLink() != null) {
            LOG.info(() -> "First run: set the administrator's password (once, before "
                    + created.administratorLink().expiresAt() + "): " + created.administratorLink().url());
            LOG.info(() -> "First run: set the platform operator's password (once, before "
                    + created.operatorLink().expiresAt() + "): " + created.operatorLink().url());
        }
    }
}
