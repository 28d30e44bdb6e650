package io.memberpulse.support.platform.boundary;

import io.memberpulse.support.platform.entity.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.Set;

/**
 * Starts the Jakarta Batch jobs of the batch module, on a schedule or when an administrator asks. Schedules are
 * non-persistent (persistent-timer fail-over is broken on Micro, see PLATFORM-NOTES): they fire on every node,
 * so each job must be safe to run concurrently.
 */
@Stateless
public class Jobs {

    /** accounts' Role.ADMIN, spelled out: platform is below every component and imports none of them. */
    private static final String ADMIN = "ROLE_CLIENT_ADMIN";

    public static final String RELEASE_EXPIRED_LOCKOUTS = "release-expired-lockouts";
    private static final Set<String> KNOWN = Set.of(RELEASE_EXPIRED_LOCKOUTS);

    public record Run(long executionId, String job, String status, Instant started, Instant ended) {
    }

    @RolesAllowed(ADMIN)
    public Run start(String job) {
        if (!KNOWN.contains(job)) {
            throw new NotFound("Job", job);
        }
        return status(launch(job));
    }

    @RolesAllowed(ADMIN)
    public Run status(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (!KNOWN.contains(execution.getJobName())) {
                throw new NotFound("Job execution", executionId);
            }
            return new Run(executionId, execution.getJobName(), execution.getBatchStatus().name(),
                    instant(execution.getStartTime()), instant(execution.getEndTime()));
        } catch (NoSuchJobExecutionException e) {
            throw new NotFound("Job execution", executionId);
        }
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void releaseExpiredLockouts() {
        if (!DatabaseMigrations.migrated()) {
            return;
        }
        launch(RELEASE_EXPIRED_LOCKOUTS);
    }

    private long launch(String job) {
        return operator().start(job, new Properties());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
