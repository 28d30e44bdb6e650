package io.memberpulse.support.tickets.entity;

import java.util.Map;

/**
 * The numbers at the top of the staff queue. Done tickets count by status only, and only where they were asked
 * for: otherwise {@code byStatus} holds the active statuses alone.
 */
public record QueueCounts(Map<Status, Long> byStatus, Map<Priority, Long> openByPriority, long unassigned, long mine,
        long urgent, long needsResponse) {
}
