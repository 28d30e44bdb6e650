package io.memberpulse.support.tickets.entity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the staff queue asks for: filters, a quick view, full text, an order and a cursor. Every field is
 * optional; an empty query is the whole queue, most recently updated first.
 */
public record TicketQuery(
        Set<Status> statuses,
        Set<Priority> priorities,
        UUID categoryId,
        UUID teamId,
        Assignee assignee,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        UUID memberId,
        String memberEmail,
        String tag,
        String text,
        View view,
        Sort sort,
        Cursor after,
        int limit) {

    public static final int MAX_LIMIT = 100;

    /** {@code BREACHING_SOON}: at risk or past due on a service level, not yet done. */
    public enum View { MINE, UNASSIGNED, URGENT, NEEDS_RESPONSE, BREACHING_SOON }

    /** {@code DUE_ASC}: the earliest service-level due date first; only tickets with one outstanding. */
    public enum Sort { UPDATED_DESC, UPDATED_ASC, CREATED_DESC, CREATED_ASC, DUE_ASC }

    /** Assigned to someone, to the caller ({@code me}), or to nobody ({@code unassigned}). */
    public record Assignee(UUID id, boolean me, boolean nobody) {
    }

    /** Where the previous page ended: the sort value and id of its last row. */
    public record Cursor(Instant at, UUID id) {
    }
}
