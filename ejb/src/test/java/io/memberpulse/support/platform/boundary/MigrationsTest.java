package io.memberpulse.support.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations run on H2 as the embedded mode does; the system tests run them on PostgreSQL. */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void migrationsApplyAndTheSecondRunAppliesNothing() throws SQLException {
        assertTrue(flyway().migrate().migrationsExecuted > 0);
        assertEquals(0, flyway().migrate().migrationsExecuted);

        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement sql = connection.createStatement()) {
            UUID client = UUID.randomUUID();
            sql.execute("INSERT INTO clients (id, slug, name, created_at) VALUES ('" + client
                    + "', 'demo', 'Demo', CURRENT_TIMESTAMP)");
            String account = "INSERT INTO accounts (id, client_id, email, display_name, role, created_at) VALUES ('%s', '"
                    + client + "', 'a@demo.test', 'A', 'ROLE_MEMBER', CURRENT_TIMESTAMP)";
            sql.execute(account.formatted(UUID.randomUUID()));
            assertThrows(SQLException.class, () -> sql.execute(account.formatted(UUID.randomUUID())),
                    "one e-mail once per client");
            assertThrows(SQLException.class, () -> sql.execute(("INSERT INTO accounts (id, client_id, email, "
                    + "display_name, role, created_at) VALUES ('%s', '" + client
                    + "', 'b@demo.test', 'B', 'ROLE_ROOT', CURRENT_TIMESTAMP)").formatted(UUID.randomUUID())),
                    "only the three roles");
        }
    }

    private static Flyway flyway() {
        return Flyway.configure().dataSource(URL, "sa", "").locations(DatabaseMigrations.locations("H2")).load();
    }
}
