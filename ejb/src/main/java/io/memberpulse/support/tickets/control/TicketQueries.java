package io.memberpulse.support.tickets.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.tickets.entity.Attachment;
import io.memberpulse.support.tickets.entity.Awaiting;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.Contact;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.QueueItem;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.SlaTrack;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketEvent;
import io.memberpulse.support.tickets.entity.TicketQuery;
import io.memberpulse.support.tickets.entity.TicketQuery.Sort;
import io.memberpulse.support.tickets.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;

/**
 * Every read of tickets, in one place: the queue and its numbers, a ticket's thread, history and files, the
 * member's other tickets, merges, possible duplicates, the member's own list and the intake count. Each list or
 * count takes the caller's {@link Visibility}, so no query can forget who may see what; the tenant is added by
 * EclipseLink like on every other query.
 *
 * <p>The queue is one JPQL query: filters on indexed columns, keyset paging on (sort time, id) rather than OFFSET,
 * and the requester, assignee and category joined in the same statement (no N+1), read as a projection of the
 * columns a row shows ({@link QueueItem}). Full text uses PostgreSQL's
 * stored vector and its index through {@code ticket_vector_matches} (see the V7_1 migration) and a plain
 * case-insensitive LIKE on H2, which only the embedded demo uses. Reads that are only shown are read-only
 * queries, so EclipseLink keeps no backup copy of each row.
 */
@ApplicationScoped
public class TicketQueries {

    /** "Needs a response" in JPQL; {@link Ticket#needsResponse()} is the same rule on one ticket. */
    private static final String NEEDS_RESPONSE = " AND t.awaiting = :awaiting AND t.status IN :active";

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A queue row's columns, with the people and the category joined in the same statement: no entity is built,
     * and neither the description nor the search text (the whole conversation) is read. {@link #item} reads them
     * in this order. The ids that may be null are read as text: EclipseLink's UUID converter fails on a null in a
     * projection (eclipse-ee4j/eclipselink#2768, fixed after the release Payara 6 carries).
     */
    private static final String QUEUE_COLUMNS = "SELECT t.id, t.number, t.subject, t.status, t.priority, t.channel, "
            + "t.awaiting, t.createdAt, t.updatedAt, t.firstResponseAt, t.dueAt, CAST(t.teamId AS VARCHAR), t.sla, "
            + "t.contact, CAST(r.id AS VARCHAR), r.displayName, r.email, r.memberNumber, r.organisation, "
            + "CAST(a.id AS VARCHAR), a.displayName, a.email, a.memberNumber, a.organisation, CAST(c.id AS VARCHAR), "
            + "c.name FROM Ticket t LEFT JOIN t.requester r LEFT JOIN t.assignee a LEFT JOIN t.category c";

    public record Page(List<QueueItem> items, boolean more) {
    }

    /** One page of the queue. */
    public Page search(TicketQuery query, Visibility visibility) {
        StringBuilder jpql = new StringBuilder(QUEUE_COLUMNS + " WHERE t.mergedIntoId IS NULL")
                .append(visibility.condition());
        Map<String, Object> parameters = new HashMap<>();
        filter(query, visibility.viewer(), jpql, parameters);

        Sort sort = query.sort() == null ? Sort.UPDATED_DESC : query.sort();
        String column = switch (sort) {
            case CREATED_ASC, CREATED_DESC -> "t.createdAt";
            case DUE_ASC -> "t.sla.dueAt";
            default -> "t.updatedAt";
        };
        if (sort == Sort.DUE_ASC) {
            jpql.append(" AND t.sla.dueAt IS NOT NULL");
        }
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
        TypedQuery<Object[]> typed = visibility.bind(em.createQuery(jpql.toString(), Object[].class))
                .setMaxResults(limit + 1);
        parameters.forEach(typed::setParameter);
        List<QueueItem> rows = typed.getResultList().stream().map(TicketQueries::item).toList();
        return rows.size() > limit ? new Page(rows.subList(0, limit), true) : new Page(rows, false);
    }

    private static QueueItem item(Object[] row) {
        return new QueueItem((UUID) row[0], (String) row[1], (String) row[2], (Status) row[3], (Priority) row[4],
                (Channel) row[5], (Awaiting) row[6], (Instant) row[7], (Instant) row[8], (Instant) row[9],
                (Instant) row[10], uuid(row[11]), (SlaTrack) row[12], (Contact) row[13], person(row, 14),
                person(row, 19), row[24] == null ? null : new QueueItem.CategoryName(uuid(row[24]), (String) row[25]));
    }

    private static QueueItem.Person person(Object[] row, int from) {
        return row[from] == null ? null : new QueueItem.Person(uuid(row[from]), (String) row[from + 1],
                (String) row[from + 2], (String) row[from + 3], (String) row[from + 4]);
    }

    private static UUID uuid(Object text) {
        return text == null ? null : UUID.fromString(text.toString());
    }

    /**
     * The queue's numbers over the tickets the caller may see. The active tickets are read once, grouped by status
     * and priority, with the other numbers as sums over the same groups: one index-only scan of tickets_counts
     * instead of four statements. The done tickets, hundreds of thousands on a busy desk, are counted only when
     * asked for: the console shows none of them, and counting them was four fifths of its queue page's database
     * time at a million tickets (50 of 66 ms).
     */
    public QueueCounts counts(Visibility visibility, boolean withDone) {
        String scope = " FROM Ticket t WHERE t.mergedIntoId IS NULL" + visibility.condition();
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        Status.ACTIVE.forEach(status -> byStatus.put(status, 0L));
        for (Priority priority : Priority.values()) {
            byPriority.put(priority, 0L);
        }
        long unassigned = 0;
        long mine = 0;
        long needsResponse = 0;
        List<Object[]> groups = visibility.bind(em.createQuery("SELECT t.status, t.priority, COUNT(t), "
                + "SUM(CASE WHEN t.assigneeId IS NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.assigneeId = :me THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.awaiting = :awaiting THEN 1 ELSE 0 END)" + scope
                + " AND t.status IN :active GROUP BY t.status, t.priority", Object[].class))
                .setParameter("me", visibility.viewer()).setParameter("awaiting", Awaiting.STAFF)
                .setParameter("active", Status.ACTIVE).getResultList();
        for (Object[] group : groups) {
            long count = ((Number) group[2]).longValue();
            byStatus.merge((Status) group[0], count, Long::sum);
            byPriority.merge((Priority) group[1], count, Long::sum);
            unassigned += ((Number) group[3]).longValue();
            mine += ((Number) group[4]).longValue();
            needsResponse += ((Number) group[5]).longValue();
        }
        if (withDone) {
            Status.DONE.forEach(status -> byStatus.put(status, 0L));
            visibility.bind(em.createQuery("SELECT t.status, COUNT(t)" + scope + " AND t.status IN :done "
                    + "GROUP BY t.status", Object[].class)).setParameter("done", Status.DONE).getResultList()
                    .forEach(row -> byStatus.put((Status) row[0], (Long) row[1]));
        }
        long pressing = Priority.PRESSING.stream().mapToLong(byPriority::get).sum();
        return new QueueCounts(byStatus, byPriority, unassigned, mine, pressing, needsResponse);
    }

    /** The thread, internal notes included or not. */
    public List<Response> thread(UUID ticketId, boolean withInternal) {
        return readOnly(em.createNamedQuery(withInternal ? Response.THREAD : Response.PUBLIC_THREAD, Response.class)
                .setParameter("ticket", ticketId)).getResultList();
    }

    public List<TicketEvent> history(UUID ticketId, boolean withInternal) {
        return readOnly(em.createNamedQuery(withInternal ? TicketEvent.HISTORY : TicketEvent.PUBLIC_HISTORY,
                TicketEvent.class).setParameter("ticket", ticketId)).getResultList();
    }

    public List<Attachment> files(UUID ticketId, boolean withInternal) {
        return em.createNamedQuery(Attachment.OF_TICKET, Attachment.class).setParameter("ticket", ticketId)
                .getResultStream().filter(file -> withInternal || !file.internal()).toList();
    }

    /** Up to ten other tickets of the same member, newest first, among those the caller may see. */
    public List<Ticket> othersOfMember(Ticket ticket, Visibility visibility) {
        if (ticket.requester() == null) {
            return List.of();
        }
        return readOnly(visibility.bind(em.createQuery(Ticket.WITH_PEOPLE + " WHERE t.requesterId = :member "
                + "AND t.id <> :id" + visibility.condition() + " ORDER BY t.createdAt DESC, t.id DESC", Ticket.class)))
                .setParameter("member", ticket.requester().id()).setParameter("id", ticket.id()).setMaxResults(10)
                .getResultList();
    }

    /** The tickets merged into this one (partial index tickets_merged). */
    public List<Ticket> mergedInto(UUID primaryId) {
        return readOnly(em.createNamedQuery(Ticket.MERGED_INTO, Ticket.class)).setParameter("primary", primaryId)
                .getResultList();
    }

    /** The member's own ticket that a new one probably repeats: not done yet, same subject regardless of case. */
    public Ticket possibleDuplicate(UUID memberId, String subject) {
        return em.createNamedQuery(Ticket.POSSIBLE_DUPLICATE, Ticket.class).setParameter("member", memberId).setParameter("subject", subject.strip().toLowerCase(Locale.ROOT))
                .setParameter("done", Status.DONE).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The names of the people who made these history entries, by account id, in one query. */
    public Map<UUID, String> actorNames(List<TicketEvent> history) {
        List<UUID> ids = history.stream().map(TicketEvent::actorId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createNamedQuery(Account.BY_IDS, Account.class).setParameter("ids", ids).getResultList()
                    .forEach(account -> names.put(account.id(), account.displayName()));
        }
        return names;
    }

    /** The member's tickets that are not resolved or closed, newest first. */
    public List<Ticket> openOfMember(UUID memberId, int max) {
        return readOnly(em.createNamedQuery(Ticket.OPEN_OF_MEMBER, Ticket.class)).setParameter("member", memberId)
                .setParameter("done", Status.DONE).setMaxResults(max).getResultList();
    }

    /** The member's own tickets, newest first. */
    public List<Ticket> ofMember(Visibility member, int limit) {
        return readOnly(member.bind(em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.category WHERE 1 = 1"
                + member.condition() + " ORDER BY t.createdAt DESC, t.id DESC", Ticket.class)))
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
    }

    /**
     * When the member made the {@code nth} most recent submission since {@code since}, if there were that many: one
     * row from the requester index, however many the window holds.
     */
    public Optional<Instant> nthSubmissionSince(UUID memberId, Instant since, int nth) {
        return em.createNamedQuery(Ticket.SUBMISSIONS_SINCE, Instant.class).setParameter("member", memberId)
                .setParameter("since", since).setFirstResult(nth - 1).setMaxResults(1).getResultStream().findFirst();
    }

    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(QueryHints.READ_ONLY, HintValues.TRUE);
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
        if (query.teamId() != null) {
            jpql.append(" AND t.teamId = :team");
            parameters.put("team", query.teamId());
        }
        if (query.assignee() != null) {
            assignee(query.assignee().nobody() ? null : query.assignee().me() ? caller : query.assignee().id(),
                    jpql, parameters);
        }
        range("t.createdAt", "created", query.createdFrom(), query.createdTo(), jpql, parameters);
        range("t.updatedAt", "updated", query.updatedFrom(), query.updatedTo(), jpql, parameters);
        if (query.memberId() != null) {
            jpql.append(" AND t.requesterId = :member");
            parameters.put("member", query.memberId());
        }
        if (query.memberEmail() != null) {
            // the member's account first, so that both halves are equalities on indexed columns of tickets
            // (tickets_requester, tickets_contact): an OR across the joined accounts table read every ticket
            String email = query.memberEmail().strip().toLowerCase(Locale.ROOT);
            UUID member = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                    .getResultStream().findFirst().map(Account::id).orElse(null);
            if (member == null) {
                jpql.append(" AND t.contact.email = :contactEmail");
            } else {
                jpql.append(" AND (t.requesterId = :memberByEmail OR t.contact.email = :contactEmail)");
                parameters.put("memberByEmail", member);
            }
            parameters.put("contactEmail", email);
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            jpql.append(" AND EXISTS (SELECT g FROM Ticket g JOIN g.tags tag WHERE g.id = t.id AND tag = :tag)");
            parameters.put("tag", query.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (query.view() != null) {
            switch (query.view()) {
                case MINE -> assignee(caller, jpql, parameters);
                case UNASSIGNED -> assignee(null, jpql, parameters);
                case URGENT -> {
                    jpql.append(" AND t.priority IN :urgent");
                    parameters.put("urgent", Priority.PRESSING);
                }
                case NEEDS_RESPONSE -> {
                    jpql.append(NEEDS_RESPONSE);
                    parameters.put("awaiting", Awaiting.STAFF);
                    parameters.put("active", Status.ACTIVE);
                }
                case BREACHING_SOON -> {
                    // the at-risk time is cleared once nothing is outstanding (answered and resolved, or paused)
                    jpql.append(" AND t.sla.atRiskAt <= :now");
                    parameters.put("now", clock.instant());
                }
            }
        }
        if (query.text() != null && !query.text().isBlank()) {
            if (onPostgres()) {
                jpql.append(" AND FUNCTION('ticket_vector_matches', COLUMN('search_vector', t), :text) = TRUE");
                parameters.put("text", query.text().strip());
            } else {
                jpql.append(" AND LOWER(t.searchText) LIKE :text");
                parameters.put("text", "%" + query.text().strip().toLowerCase(Locale.ROOT)
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
