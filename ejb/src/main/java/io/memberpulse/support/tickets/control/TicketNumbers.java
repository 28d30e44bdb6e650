package io.memberpulse.support.tickets.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Hands out ticket numbers, {@code TKT-<year>-<sequence>} per client. An EJB rather than a plain control, because
 * a number must be taken outside the submission's transaction: the counter row is locked only while it is
 * incremented, and a number once taken is never handed out again, even if the ticket that took it is rolled back.
 * Each statement here is a transaction of its own (no JTA transaction, so the connection commits each statement):
 * one round trip for a number, where a transaction of its own (REQUIRES_NEW) cost a BEGIN and a COMMIT more and a
 * second resource in the container's transaction manager. The database row is the single source of truth, so
 * numbers stay unique across cluster nodes. The connection comes from a pool of its own
 * ({@code jdbc/memberpulse-numbers}): the submission's transaction already holds one from the main pool, and from
 * one pool every submission in flight could hold one and wait for a second, for good.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketNumbers {

    @Resource(lookup = "jdbc/memberpulse-numbers")
    DataSource dataSource;

    public String next(UUID clientId, int year) {
        long value = increment(clientId, year);
        if (value < 0) {
            createCounter(clientId, year);
            value = increment(clientId, year);
        }
        return format(year, value);
    }

    public static String format(int year, long value) {
        return String.format("TKT-%d-%05d", year, value);
    }

    /** Creates the year's counter; a concurrent creator may win, which is just as good. */
    private void createCounter(UUID clientId, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ticket_counters (client_id, counter_year, last_value) VALUES (?, ?, 0)")) {
            insert.setObject(1, clientId);
            insert.setInt(2, year);
            insert.executeUpdate();
            committed(connection);
        } catch (SQLException duplicate) {
            // the other creator's row is there: the increment that follows takes its number from it
        }
    }

    /**
     * Increments the counter and reads the new value in one statement (PostgreSQL's {@code UPDATE ... RETURNING},
     * H2's generated keys of an update): one round trip instead of an update and a select.
     */
    private long increment(UUID clientId, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE ticket_counters SET last_value = last_value + 1 WHERE client_id = ? AND counter_year = ?",
                        new String[] {"last_value"})) {
            update.setObject(1, clientId);
            update.setInt(2, year);
            if (update.executeUpdate() == 0) {
                committed(connection);
                return -1;
            }
            try (ResultSet row = update.getGeneratedKeys()) {
                if (!row.next()) {
                    throw new IllegalStateException("The counter's new value did not come back from the update");
                }
                long value = row.getLong(1);
                committed(connection);
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take a ticket number", e);
        }
    }

    /** Outside a transaction each statement commits by itself; a connection that does not is committed here. */
    private static void committed(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
