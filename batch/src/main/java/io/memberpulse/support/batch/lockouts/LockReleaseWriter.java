package io.memberpulse.support.batch.lockouts;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Releases the locks in one batch; the condition is repeated so a lock renewed meanwhile is left alone. */
@Named
@Dependent
public class LockReleaseWriter extends AbstractItemWriter {

    @Resource(lookup = "jdbc/memberpulse")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE accounts SET locked_until = NULL, failed_logins = 0 "
                                + "WHERE id = ? AND locked_until < ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Object id : items) {
                update.setObject(1, (UUID) id);
                update.setTimestamp(2, now);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
