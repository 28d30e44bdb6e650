package io.memberpulse.support.tickets.control;

import io.memberpulse.support.tickets.entity.Awaiting;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketQuery;
import io.memberpulse.support.tickets.entity.TicketQuery.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;

/**
 * Turns a {@link TicketQuery} into one JPQL query: filters on indexed columns, keyset paging on (sort time, id)
 * rather than OFFSET, and the requester, assignee and category fetched in the same statement (no N+1). The tenant
 * is added by EclipseLink like on every other query.
 *
 * <p>Full text uses PostgreSQL's stored vector and its index through {@code ticket_vector_matches} (see the V7_1
 * migration) and a plain case-insensitive LIKE on H2, which only the embedded demo uses.
 */
@ApplicationScoped
public class TicketSearch {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    public record Page(List<Ticket> items, boolean more) {
    }

    /** @param ownAndUnassignedOnly for callers who may not view all: only their own and unassigned tickets */
    public Page search(TicketQuery query, UUID caller, boolean ownAndUnassignedOnly) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM Ticket t JOIN FETCH t.requester r "
                + "LEFT JOIN FETCH t.assignee LEFT JOIN FETCH t.category WHERE t.mergedIntoId IS NULL");
        Map<String, Object> parameters = new HashMap<>();
        if (ownAndUnassignedOnly) {
            jpql.append(" AND (t.assigneeId IS NULL OR t.assigneeId = :self)");
            parameters.put("self", caller);
        }
        filter(query, caller, jpql, parameters);

        Sort sort = query.sort() == null ? Sort.UPDATED_DESC : query.sort();
        String column = sort == Sort.CREATED_ASC || sort == Sort.CREATED_DESC ? "t.createdAt" : "t.updatedAt";
        boolean descending = sort == Sort.UPDATED_DESC || sort == Sort.CREATED_DESC;
        if (query.after() != null) {
            String comparison = descending ? "<" : ">";
            jpql.append(" AND (").append(column).append(' ').append(comparison).append(" :afterAt OR (")
                    .append(column).append(" = :afterAt AND t.id ").append(comparison).append(" :afterId))");
            parameters.put("afterAt", query.after().at());
            parameters.put("afterId", query.after().id());
        }
        String direction = descending ? " DESC" : " ASC";
        jpql.append(" ORDER BY ").append(column).append(direction).append(", t.id").append(direction);

        int limit = Math.max(1, Math.min(query.limit() <= 0 ? 50 : query.limit(), TicketQuery.MAX_LIMIT));
        // read-only: the page is shown, never changed, so EclipseLink need not keep a backup copy of each row
        TypedQuery<Ticket> typed = em.createQuery(jpql.toString(), Ticket.class).setMaxResults(limit + 1)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE);
        parameters.forEach(typed::setParameter);
        List<Ticket> rows = typed.getResultList();
        return rows.size() > limit ? new Page(rows.subList(0, limit), true) : new Page(rows, false);
    }

    private void filter(TicketQuery query, UUID caller, StringBuilder jpql, Map<String, Object> parameters) {
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            jpql.append(" AND t.status IN :statuses");
            parameters.put("statuses", new ArrayList<>(query.statuses()));
        }
        if (query.priorities() != null && !query.priorities().isEmpty()) {
            jpql.append(" AND t.priority IN :priorities");
            parameters.put("priorities", new ArrayList<>(query.priorities()));
        }
        if (query.categoryId() != null) {
            jpql.append(" AND t.category.id = :category");
            parameters.put("category", query.categoryId());
        }
        if (query.assignee() != null) {
            assignee(query.assignee().nobody() ? null : query.assignee().me() ? caller : query.assignee().id(),
                    jpql, parameters);
        }
        range("t.createdAt", "created", query.createdFrom(), query.createdTo(), jpql, parameters);
        range("t.updatedAt", "updated", query.updatedFrom(), query.updatedTo(), jpql, parameters);
        if (query.memberId() != null) {
            jpql.append(" AND r.id = :member");
            parameters.put("member", query.memberId());
        }
        if (query.memberEmail() != null) {
            jpql.append(" AND r.email = :memberEmail");
            parameters.put("memberEmail", query.memberEmail().trim().toLowerCase(Locale.ROOT));
        }
        if (query.view() != null) {
            switch (query.view()) {
                case MINE -> assignee(caller, jpql, parameters);
                case UNASSIGNED -> assignee(null, jpql, parameters);
                case URGENT -> {
                    jpql.append(" AND t.priority IN :urgent");
                    parameters.put("urgent", List.of(Priority.HIGH, Priority.URGENT));
                }
                case NEEDS_RESPONSE -> {
                    jpql.append(" AND t.awaiting = :awaiting AND t.status NOT IN :done");
                    parameters.put("awaiting", Awaiting.STAFF);
                    parameters.put("done", List.copyOf(EnumSet.of(Status.RESOLVED, Status.CLOSED)));
                }
            }
        }
        if (query.text() != null && !query.text().isBlank()) {
            if (onPostgres()) {
                jpql.append(" AND FUNCTION('ticket_vector_matches', COLUMN('search_vector', t), :text) = TRUE");
                parameters.put("text", query.text().trim());
            } else {
                jpql.append(" AND LOWER(t.searchText) LIKE :text");
                parameters.put("text", "%" + query.text().trim().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
    }

    private static void assignee(UUID id, StringBuilder jpql, Map<String, Object> parameters) {
        if (id == null) {
            jpql.append(" AND t.assigneeId IS NULL");
        } else {
            jpql.append(" AND t.assigneeId = :assignee");
            parameters.put("assignee", id);
        }
    }

    private static void range(String column, String name, Object from, Object to, StringBuilder jpql,
            Map<String, Object> parameters) {
        if (from != null) {
            jpql.append(" AND ").append(column).append(" >= :").append(name).append("From");
            parameters.put(name + "From", from);
        }
        if (to != null) {
            jpql.append(" AND ").append(column).append(" < :").append(name).append("To");
            parameters.put(name + "To", to);
        }
    }

    private boolean onPostgres() {
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        return session.getPlatform().isPostgreSQL();
    }
}
