package io.memberpulse.support.tickets.entity;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see which tickets, said once and used twice: as a JPQL condition by every query that lists or counts
 * tickets, and as {@link #permits} by every path that reaches one ticket (detail, changes, downloads, merge,
 * canned-response rendering, the AI endpoints). A ticket the caller may not see is absent to them (404).
 *
 * <ul>
 * <li>staff with "view all": every ticket of their client;</li>
 * <li>staff without it: tickets assigned to them, and those assigned to nobody in their teams' queues and the
 * general one (an agent in no team: every unassigned ticket);</li>
 * <li>a member: the tickets they asked for themselves (never a contact's).</li>
 * </ul>
 */
public record Visibility(Scope scope, UUID viewer, Set<UUID> teams) {

    public enum Scope { ALL, OWN_AND_UNASSIGNED, REQUESTER }

    public Visibility {
        teams = Set.copyOf(teams);
    }

    public static Visibility everything(UUID staff) {
        return new Visibility(Scope.ALL, staff, Set.of());
    }

    public static Visibility ownAndUnassigned(UUID agent) {
        return new Visibility(Scope.OWN_AND_UNASSIGNED, agent, Set.of());
    }

    /** An agent without "view all" who is in these teams: their own tickets and their teams' unassigned ones. */
    public static Visibility ownAndTeams(UUID agent, Set<UUID> teams) {
        return new Visibility(Scope.OWN_AND_UNASSIGNED, agent, teams);
    }

    public static Visibility requester(UUID member) {
        return new Visibility(Scope.REQUESTER, member, Set.of());
    }

    public boolean permits(Ticket ticket) {
        return permits(ticket.assignee() == null ? null : ticket.assignee().id(), ticket.teamId(),
                ticket.requester() == null ? null : ticket.requester().id());
    }

    public boolean permits(QueueItem row) {
        return permits(row.assignee() == null ? null : row.assignee().id(), row.teamId(),
                row.requester() == null ? null : row.requester().id());
    }

    private boolean permits(UUID assignee, UUID team, UUID requester) {
        return switch (scope) {
            case ALL -> true;
            case OWN_AND_UNASSIGNED -> assignee == null ? teams.isEmpty() || team == null || teams.contains(team)
                    : assignee.equals(viewer);
            case REQUESTER -> requester != null && requester.equals(viewer);
        };
    }

    /** The same rule on the ticket alias {@code t}, as " AND (...)", or nothing for callers who see everything. */
    public String condition() {
        return switch (scope) {
            case ALL -> "";
            case OWN_AND_UNASSIGNED -> teams.isEmpty() ? " AND (t.assigneeId IS NULL OR t.assigneeId = :viewer)"
                    : " AND (t.assigneeId = :viewer OR t.assigneeId IS NULL AND (t.teamId IS NULL OR t.teamId IN :teams))";
            case REQUESTER -> " AND t.requesterId = :viewer";
        };
    }

    public <Q extends Query> Q bind(Q query) {
        if (scope != Scope.ALL) {
            query.setParameter("viewer", viewer);
        }
        if (!teams.isEmpty()) {
            query.setParameter("teams", List.copyOf(teams));
        }
        return query;
    }
}
