package io.memberpulse.support.sla.entity;

import io.memberpulse.support.tickets.entity.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A client's service levels: first-response and resolution targets per priority in business time, the calendar
 * they count in, when a ticket is "at risk", and what happens on a breach.
 *
 * @param atRiskPercent the share of a target after which a ticket is at risk (80 unless the client chose)
 */
public record SlaPolicy(BusinessCalendar calendar, Map<Priority, Targets> targets, int atRiskPercent,
        Escalation escalation) {

    /**
     * ARCHITECTURE's defaults (seed 002 plus Urgent), around the clock, where a "business day" is a day: Low 48 h /
     * 5 days, Normal 24 h / 3 days, High 4 h / 1 day, Urgent 1 h / 4 h.
     */
    public static final SlaPolicy DEFAULT = new SlaPolicy(BusinessCalendar.AROUND_THE_CLOCK, Map.of(
            Priority.LOW, new Targets(Duration.ofHours(48), Duration.ofDays(5)),
            Priority.NORMAL, new Targets(Duration.ofHours(24), Duration.ofDays(3)),
            Priority.HIGH, new Targets(Duration.ofHours(4), Duration.ofDays(1)),
            Priority.URGENT, new Targets(Duration.ofHours(1), Duration.ofHours(4))), 80,
            new Escalation(true, false, null));

    public SlaPolicy {
        Map<Priority, Targets> all = new EnumMap<>(Priority.class);
        all.putAll(targets);
        if (all.size() != Priority.values().length) {
            throw new IllegalArgumentException("a policy has targets for every priority");
        }
        targets = Map.copyOf(all);
    }

    /** The priority's targets, with the category's first-response target when that is stricter (seed 002). */
    public Targets targetsFor(Priority priority, Integer categoryFirstResponseHours) {
        Targets byPriority = targets.get(priority);
        if (categoryFirstResponseHours == null) {
            return byPriority;
        }
        Duration byCategory = Duration.ofHours(categoryFirstResponseHours);
        return byCategory.compareTo(byPriority.firstResponse()) < 0
                ? new Targets(byCategory, byPriority.resolution()) : byPriority;
    }

    public record Targets(Duration firstResponse, Duration resolution) {
    }

    /**
     * What a breach does besides being recorded: raise the priority one step, and hand the ticket to someone.
     *
     * @param toSupervisor hand it to the supervisor of the ticket's team (seed 003's overdue alert to supervisors)
     * @param reassignTo otherwise, the staff account that takes breached tickets; null to leave the assignee
     */
    public record Escalation(boolean raisePriority, boolean toSupervisor, UUID reassignTo) {
    }
}
