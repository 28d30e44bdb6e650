package io.memberpulse.support.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a ticket's service-level clock stands, as the SLA component computed it last: the targets it runs to, the
 * business time already used, whether it runs now, and the due dates that follow. The queue sorts and filters on
 * the stored dates and the breach scan reads {@code checkAt}; all of them are indexed. The ticket only keeps this;
 * the arithmetic is the SLA component's.
 *
 * @param elapsedSeconds business time used in the periods that have ended (the clock pauses while waiting)
 * @param runningSince when the current period began, null while paused or done
 * @param dueAt the earliest outstanding due date (first response or resolution), for "sort by due"
 * @param atRiskAt when the outstanding target becomes at risk (80 % of it used, by default)
 * @param checkAt the next moment the breach scan must look at this ticket: the earliest due date not yet breached
 */
@Embeddable
public class SlaTrack {

    @Column(name = "first_response_target_s")
    private Long firstResponseTargetSeconds;

    @Column(name = "resolution_target_s")
    private Long resolutionTargetSeconds;

    @Column(name = "sla_elapsed_s", nullable = false)
    private long elapsedSeconds;

    @Column(name = "sla_running_since")
    private Instant runningSince;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "sla_due_at")
    private Instant dueAt;

    @Column(name = "sla_at_risk_at")
    private Instant atRiskAt;

    @Column(name = "sla_check_at")
    private Instant checkAt;

    @Column(name = "first_response_breached_at")
    private Instant firstResponseBreachedAt;

    @Column(name = "resolution_breached_at")
    private Instant resolutionBreachedAt;

    protected SlaTrack() {
    }

    public SlaTrack(Duration firstResponseTarget, Duration resolutionTarget, long elapsedSeconds, Instant runningSince,
            Instant firstResponseDueAt, Instant resolutionDueAt, Instant dueAt, Instant atRiskAt, Instant checkAt,
            Instant firstResponseBreachedAt, Instant resolutionBreachedAt) {
        this.firstResponseTargetSeconds = firstResponseTarget == null ? null : firstResponseTarget.toSeconds();
        this.resolutionTargetSeconds = resolutionTarget == null ? null : resolutionTarget.toSeconds();
        this.elapsedSeconds = elapsedSeconds;
        this.runningSince = runningSince;
        this.firstResponseDueAt = firstResponseDueAt;
        this.resolutionDueAt = resolutionDueAt;
        this.dueAt = dueAt;
        this.atRiskAt = atRiskAt;
        this.checkAt = checkAt;
        this.firstResponseBreachedAt = firstResponseBreachedAt;
        this.resolutionBreachedAt = resolutionBreachedAt;
    }

    /** A clock not started: the SLA component starts it when it first sees the ticket. */
    public static SlaTrack none() {
        return new SlaTrack();
    }

    /** Not tracked yet: a ticket from before service levels, or one just opened. */
    public boolean untracked() {
        return firstResponseTargetSeconds == null || resolutionTargetSeconds == null;
    }

    public Duration firstResponseTarget() {
        return firstResponseTargetSeconds == null ? null : Duration.ofSeconds(firstResponseTargetSeconds);
    }

    public Duration resolutionTarget() {
        return resolutionTargetSeconds == null ? null : Duration.ofSeconds(resolutionTargetSeconds);
    }

    public long elapsedSeconds() {
        return elapsedSeconds;
    }

    public Instant runningSince() {
        return runningSince;
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public Instant checkAt() {
        return checkAt;
    }

    public Instant firstResponseBreachedAt() {
        return firstResponseBreachedAt;
    }

    public Instant resolutionBreachedAt() {
        return resolutionBreachedAt;
    }

    public boolean breached() {
        return firstResponseBreachedAt != null || resolutionBreachedAt != null;
    }
}
