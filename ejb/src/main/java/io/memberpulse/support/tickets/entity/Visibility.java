package io.memberpulse.support.tickets.entity;

import jakarta.persistence.Query;
import java.util.UUID;

/**
 * Who may see which tickets, said once and used twice: as a JPQL condition by every query that lists or counts
 * tickets, and as {@link #permits} by every path that reaches one ticket (detail, changes, downloads, merge,
 * canned-response rendering, the AI endpoints). A ticket the caller may not see is absent to them (404).
 *
 * <ul>
 * <li>staff with "view all": every ticket of their client;</li>
 * <li>staff without it: tickets assigned to them or to nobody;</li>
 * <li>a member: the tickets they asked for themselves (never a contact's).</li>
 * </ul>
 */
public record Visibility(Scope scope, UUID viewer) {

    public enum Scope { ALL, OWN_AND_UNASSIGNED, REQUESTER }

    public static Visibility everything(UUID staff) {
        return new Visibility(Scope.ALL, staff);
    }

    public static Visibility ownAndUnassigned(UUID agent) {
        return new Visibility(Scope.OWN_AND_UNASSIGNED, agent);
    }

    public static Visibility requester(UUID member) {
        return new Visibility(Scope.REQUESTER, member);
    }

    public boolean permits(Ticket ticket) {
        return switch (scope) {
            case ALL -> true;
            case OWN_AND_UNASSIGNED -> ticket.assignee() == null || ticket.assignee().id().equals(viewer);
            case REQUESTER -> ticket.requester() != null && ticket.requester().id().equals(viewer);
        };
    }

    /** The same rule on the ticket alias {@code t}, as " AND (...)", or nothing for callers who see everything. */
    public String condition() {
        return switch (scope) {
            case ALL -> "";
            case OWN_AND_UNASSIGNED -> " AND (t.assigneeId IS NULL OR t.assigneeId = :viewer)";
            case REQUESTER -> " AND t.requesterId = :viewer";
        };
    }

    public <Q extends Query> Q bind(Q query) {
        if (scope != Scope.ALL) {
            query.setParameter("viewer", viewer);
        }
        return query;
    }
}
