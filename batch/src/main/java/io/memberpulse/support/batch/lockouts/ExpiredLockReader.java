package io.memberpulse.support.batch.lockouts;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the ids of accounts whose lock has expired, across all clients: a maintenance job that shows nothing to
 * anybody, so it works on the table directly rather than through a tenant-scoped persistence context.
 */
@Named
@Dependent
public class ExpiredLockReader extends AbstractItemReader {

    @Resource(lookup = "jdbc/memberpulse")
    DataSource dataSource;

    private final Deque<UUID> ids = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id FROM accounts WHERE locked_until IS NOT NULL AND locked_until < ?")) {
            query.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
    }

    @Override
    public Object readItem() {
        return ids.poll();
    }
}
