package io.memberpulse.support.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Clients made straight in the PostgreSQL test database (the product cannot create clients or accounts yet: issue
 * 12), so that a test has members of its own and no other test's counts change. Same password as the demo.
 */
final class SqlFixtures {

    /** The members' e-mails (the agent is {@code agent@<slug>.test}) and one category. */
    record Client(String slug, List<String> members, UUID category) {
    }

    private SqlFixtures() {
    }

    static Client addClient(String slug, int members) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("MEMBERPULSE_TEST_DB_URL"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", ""))) {
            String hash;
            try (var row = db.createStatement().executeQuery("SELECT password_hash FROM accounts "
                    + "WHERE email = 'member@demo.test'")) {
                row.next();
                hash = row.getString(1);
            }
            UUID client = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO clients (id, slug, name, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setObject(1, client);
                insert.setString(2, slug);
                insert.setString(3, "Test client " + slug);
                insert.setTimestamp(4, now);
                insert.executeUpdate();
            }
            UUID category = UUID.randomUUID();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO categories (id, client_id, name, "
                    + "name_key, display_order, archived, created_at, version) VALUES (?, ?, 'Other', 'other', 1, "
                    + "FALSE, ?, 0)")) {
                insert.setObject(1, category);
                insert.setObject(2, client);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
            }
            List<String> emails = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO accounts (id, client_id, email, "
                    + "display_name, password_hash, role, failed_logins, created_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0)")) {
                for (int i = -1; i < members; i++) {
                    String email = (i < 0 ? "agent" : "member-" + i) + "@" + slug + ".test";
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, client);
                    insert.setString(3, email);
                    insert.setString(4, i < 0 ? "Test Agent" : "Test Member " + i);
                    insert.setString(5, hash);
                    insert.setString(6, i < 0 ? "ROLE_CLIENT_USER" : "ROLE_MEMBER");
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    if (i >= 0) {
                        emails.add(email);
                    }
                }
                insert.executeBatch();
            }
            return new Client(slug, emails, category);
        }
    }
}
