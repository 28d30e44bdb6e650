package io.memberpulse.support.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else runs. The same migrations serve H2 (embedded mode) and
 * PostgreSQL; they run on the one server-defined datasource that JPA and the batch repository also use.
 *
 * <p>If the database cannot be reached the deployment fails with one log line that names the setting to check,
 * instead of a stack of EclipseLink errors on the first request.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The JNDI name of the one datasource; created by the post-boot commands in payara-config/. */
    public static final String DATASOURCE = "jdbc/memberpulse";

    private static volatile boolean migrated;

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "memberpulse.exit-on-failed-start", defaultValue = "false")
    boolean exitOnFailedStart;

    @PostConstruct
    void migrate() {
        String database = probe();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations(database))
                .load()
                .migrate();
        LOG.info(() -> "Database " + database + " at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    /**
     * Whether this node's schema is up to date. Schedules start with the deployment, possibly while the migrations
     * still run: a scan then would read tables being altered (on H2 it blocks the migration), so it waits for this.
     */
    public static boolean migrated() {
        return migrated;
    }

    /** The shared migrations, plus those written for one database (db/postgresql, db/h2). */
    static String[] locations(String databaseProduct) {
        return "PostgreSQL".equals(databaseProduct)
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration", "classpath:db/h2"};
    }

    private String probe() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            String message = "Cannot connect to the database: check MEMBERPULSE_DB_URL, MEMBERPULSE_DB_USER and "
                    + "MEMBERPULSE_DB_PASSWORD (" + e.getMessage() + ")";
            LOG.severe(message);
            if (exitOnFailedStart) {
                // the run command asks for this: a server without its database should not look alive
                System.exit(3);
            }
            throw new IllegalStateException(message);
        }
    }
}
