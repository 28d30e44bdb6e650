package io.memberpulse.support.sla.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket's service level as staff see it now.
 *
 * @param remainingMinutes business minutes left on the earliest outstanding target (negative once overdue), null
 *     when nothing is outstanding
 * @param breached whether any target was ever breached on this ticket
 */
public record SlaView(Instant firstResponseDue, Instant resolutionDue, State state, Long remainingMinutes,
        boolean breached, Instant atRiskAt) implements Serializable {

    public enum State { ON_TRACK, AT_RISK, BREACHED, PAUSED, MET }

    /** Shallow, as the API's JSON shapes that hold it (Yasson hashes every object it writes). */
    @Override
    public int hashCode() {
        return Objects.hash(state, remainingMinutes);
    }
}
