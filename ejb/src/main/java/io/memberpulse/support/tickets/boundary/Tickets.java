package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.control.Capabilities;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.attachments.control.AttachmentStore;
import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.Attachment;
import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.PreconditionRequired;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.control.RichText;
import io.memberpulse.support.tickets.control.TicketSearch;
import io.memberpulse.support.tickets.entity.Awaiting;
import io.memberpulse.support.tickets.entity.FileDownload;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
import io.memberpulse.support.tickets.entity.TicketEvent;
import io.memberpulse.support.tickets.entity.TicketQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * What support staff do with tickets, each step checked against the client's capability matrix (administrators
 * may do everything; by default agents view, respond, close and assign to themselves). An agent without
 * "view all" sees only tickets assigned to them or to nobody; any other ticket is absent (404) to them.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class Tickets {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TicketSearch search;

    @Inject
    CurrentAccount caller;

    @Inject
    Categories categories;

    @Inject
    Capabilities capabilities;

    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    public record Changes(String subject, UUID categoryId, boolean clearCategory, Priority priority, Set<String> tags) {
    }

    public TicketSearch.Page search(TicketQuery query) {
        return search.search(query, caller.get().id(), !capabilities.has(Capability.VIEW_ALL));
    }

    public TicketDetail detail(UUID id) {
        Ticket ticket = find(id);
        // read-only: shown, never changed here, so EclipseLink keeps no backup copy of each row
        List<Response> thread = em.createNamedQuery(Response.THREAD, Response.class)
                .setParameter("ticket", id).setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList();
        List<TicketEvent> history = em.createNamedQuery(TicketEvent.HISTORY, TicketEvent.class)
                .setParameter("ticket", id).setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList();
        List<Ticket> others = em.createQuery("SELECT t FROM Ticket t JOIN FETCH t.requester "
                        + "LEFT JOIN FETCH t.assignee LEFT JOIN FETCH t.category WHERE t.requester = :member "
                        + "AND t.id <> :id ORDER BY t.createdAt DESC, t.id DESC", Ticket.class)
                .setParameter("member", ticket.requester()).setParameter("id", id).setMaxResults(10)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList();
        return new TicketDetail(ticket, thread, history, actorNames(history), others, mergedInto(id),
                attachments.ofTicket(id));
    }

    /** Changes subject, category, priority and tags, if the caller still has the version they changed. */
    public Ticket update(UUID id, Long expectedVersion, Changes changes) {
        Ticket ticket = find(id);
        requireVersion(ticket, expectedVersion);
        Account me = caller.get();
        Instant now = clock.instant();
        Stream.Builder<TicketEvent> events = Stream.builder();
        if (changes.subject() != null) {
            events.add(ticket.retitle(validSubject(changes.subject()), me.id(), now));
        }
        if (changes.clearCategory()) {
            events.add(ticket.recategorise(null, me.id(), now));
        } else if (changes.categoryId() != null) {
            events.add(ticket.recategorise(categories.find(changes.categoryId()), me.id(), now));
        }
        if (changes.priority() != null && changes.priority() != ticket.priority()) {
            capabilities.require(Capability.CHANGE_PRIORITY, "Your role may not change a ticket's priority.");
            events.add(ticket.reprioritise(changes.priority(), me.id(), now));
        }
        if (changes.tags() != null) {
            events.add(ticket.retag(validTags(changes.tags()), me.id(), now));
        }
        save(events.build());
        em.flush(); // a concurrent change with the same version fails here, as a 409, not at commit
        return ticket;
    }

    /** A reply or an internal note, optionally moving the ticket on (keep, waiting on member, resolved). */
    public Response respond(UUID id, String body, boolean internal, Status statusAfter, List<Upload> files) {
        Ticket ticket = find(id);
        capabilities.require(Capability.RESPOND, "Your role may not respond to tickets.");
        if (statusAfter != null && statusAfter.isDone()) {
            capabilities.require(Capability.CLOSE, "Your role may not resolve or close tickets.");
        }
        String html = RichText.sanitise(body);
        if (html == null || RichText.plain(html).isEmpty()) {
            throw new RuleViolation("body", "Write something: the message is empty.");
        }
        if (html.length() > Response.BODY_LENGTH) {
            throw new RuleViolation("body", "The message is too long.");
        }
        List<CheckedFile> checked = FileCheck.check(files);
        Ticket.Reply reply = ticket.replyFromStaff(caller.get(), html, RichText.plain(html), internal, statusAfter,
                clock.instant());
        em.persist(reply.response());
        save(reply.events().stream());
        attachments.store(ticket, reply.response(), checked, reply.response().author().id(), clock.instant());
        return reply.response();
    }

    /** Assigns to someone of the same client's staff, or to nobody; agents only to themselves. */
    public Ticket assign(UUID id, UUID assigneeId) {
        Ticket ticket = find(id);
        Account me = caller.get();
        Account assignee = null;
        if (assigneeId != null) {
            assignee = em.find(Account.class, assigneeId);
            if (assignee == null || !assignee.role().isStaff()) {
                throw new RuleViolation("assigneeId", "Assign to a member of your support staff.");
            }
        }
        boolean onlyMe = me.id().equals(assigneeId)
                || assigneeId == null && ticket.assignee() != null && ticket.assignee().id().equals(me.id());
        if (!(onlyMe && capabilities.has(Capability.ASSIGN_SELF))) {
            capabilities.require(Capability.ASSIGN, "Your role may assign tickets only to yourself.");
        }
        save(Stream.of(ticket.assign(assignee, me.id(), clock.instant())));
        return ticket;
    }

    public Ticket changeStatus(UUID id, Status to, String reason) {
        Ticket ticket = find(id);
        if (to.isDone()) {
            capabilities.require(Capability.CLOSE, "Your role may not resolve or close tickets.");
        }
        save(Stream.of(ticket.changeStatus(to, caller.get().id(), reason, clock.instant())));
        return ticket;
    }

    /**
     * Merges other tickets into this one: their replies, notes and history join its thread (ordered by time), and
     * each of them is closed as merged, linked to this one. All or nothing.
     */
    public Ticket merge(UUID primaryId, List<UUID> otherIds) {
        if (otherIds == null || otherIds.isEmpty()) {
            throw new RuleViolation("ticketIds", "Name at least one ticket to merge into this one.");
        }
        Ticket primary = find(primaryId);
        UUID me = caller.get().id();
        Instant now = clock.instant();
        for (UUID otherId : new LinkedHashSet<>(otherIds)) {
            Ticket other = find(otherId);
            List<TicketEvent> events = other.mergeInto(primary, me, now);
            em.createQuery("UPDATE Response r SET r.ticket = :primary WHERE r.ticket = :other")
                    .setParameter("primary", primary).setParameter("other", other).executeUpdate();
            em.createQuery("UPDATE TicketEvent e SET e.ticket = :primary WHERE e.ticket = :other")
                    .setParameter("primary", primary).setParameter("other", other).executeUpdate();
            save(events.stream());
        }
        return primary;
    }

    /** A file of a ticket the caller can see, internal notes' files included. */
    public FileDownload attachment(UUID ticketId, UUID attachmentId) {
        find(ticketId);
        Attachment attachment = attachments.find(ticketId, attachmentId);
        if (attachment == null) {
            throw new NotFound("Attachment", attachmentId);
        }
        return new FileDownload(attachment, attachments.content(attachment));
    }

    /** The tickets merged into this one. */
    public List<Ticket> mergedInto(UUID primaryId) {
        return em.createQuery("SELECT t FROM Ticket t JOIN FETCH t.requester LEFT JOIN FETCH t.assignee "
                + "LEFT JOIN FETCH t.category WHERE t.mergedIntoId = :primary ORDER BY t.createdAt", Ticket.class)
                .setParameter("primary", primaryId).getResultList();
    }

    /** The queue's numbers, over the tickets the caller may see (own and unassigned ones without "view all"). */
    public QueueCounts queue() {
        UUID me = caller.get().id();
        String scope = capabilities.has(Capability.VIEW_ALL) ? ""
                : " AND (t.assigneeId IS NULL OR t.assigneeId = :me)";
        List<Status> active = List.of(Status.OPEN, Status.IN_PROGRESS, Status.WAITING_ON_MEMBER,
                Status.WAITING_ON_THIRD_PARTY);
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, 0L);
        }
        counts("SELECT t.status, COUNT(t) FROM Ticket t WHERE t.mergedIntoId IS NULL" + scope + " GROUP BY t.status",
                null, me).forEach(row -> byStatus.put((Status) row[0], (Long) row[1]));
        Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            byPriority.put(priority, 0L);
        }
        counts("SELECT t.priority, COUNT(t) FROM Ticket t WHERE t.status IN :active AND t.mergedIntoId IS NULL"
                + scope + " GROUP BY t.priority", active, me)
                .forEach(row -> byPriority.put((Priority) row[0], (Long) row[1]));
        String activeTickets = "SELECT COUNT(t) FROM Ticket t WHERE t.status IN :active AND t.mergedIntoId IS NULL"
                + scope;
        long unassigned = count(activeTickets + " AND t.assigneeId IS NULL", active, me);
        long mine = count(activeTickets + " AND t.assigneeId = :me", active, me);
        long needsResponse = count(activeTickets + " AND t.awaiting = :awaiting", active, me);
        return new QueueCounts(byStatus, byPriority, unassigned, mine,
                byPriority.get(Priority.HIGH) + byPriority.get(Priority.URGENT), needsResponse);
    }

    private List<Object[]> counts(String jpql, List<Status> active, UUID me) {
        return bind(em.createQuery(jpql, Object[].class), jpql, active, me).getResultList();
    }

    private long count(String jpql, List<Status> active, UUID me) {
        return bind(em.createQuery(jpql, Long.class), jpql, active, me).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String jpql,
            List<Status> active, UUID me) {
        if (active != null) {
            query.setParameter("active", active);
        }
        if (jpql.contains(":me")) {
            query.setParameter("me", me);
        }
        if (jpql.contains(":awaiting")) {
            query.setParameter("awaiting", Awaiting.STAFF);
        }
        return query;
    }

    private Ticket find(UUID id) {
        Ticket ticket = id == null ? null : em.find(Ticket.class, id);
        if (ticket == null || !visible(ticket)) {
            throw new NotFound("Ticket", id);
        }
        return ticket;
    }

    private boolean visible(Ticket ticket) {
        return ticket.assignee() == null || capabilities.has(Capability.VIEW_ALL)
                || ticket.assignee().id().equals(caller.get().id());
    }

    private static void requireVersion(Ticket ticket, Long expected) {
        if (expected == null) {
            throw new PreconditionRequired("Send If-Match with the ETag of the ticket you read, so that nobody's "
                    + "change is overwritten.");
        }
        if (ticket.version() != expected) {
            throw new Conflict("Ticket " + ticket.number() + " was changed by someone else (version "
                    + ticket.version() + ", yours " + expected + "); reload it and try again.");
        }
    }

    private void save(Stream<TicketEvent> events) {
        events.filter(Objects::nonNull).forEach(em::persist);
    }

    private Map<UUID, String> actorNames(List<TicketEvent> history) {
        Set<UUID> ids = new HashSet<>();
        history.forEach(event -> {
            if (event.actorId() != null) {
                ids.add(event.actorId());
            }
        });
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", List.copyOf(ids)).getResultList()
                    .forEach(account -> names.put(account.id(), account.displayName()));
        }
        return names;
    }

    static String validSubject(String subject) {
        String trimmed = subject == null ? "" : subject.trim();
        if (trimmed.isEmpty() || trimmed.length() > Ticket.SUBJECT_LENGTH) {
            throw new RuleViolation("subject", "A subject of 1 to " + Ticket.SUBJECT_LENGTH + " characters is required.");
        }
        return trimmed;
    }

    static Set<String> validTags(Set<String> tags) {
        Set<String> clean = new HashSet<>();
        for (String tag : tags) {
            String trimmed = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty() || trimmed.length() > Ticket.TAG_LENGTH) {
                throw new RuleViolation("tags", "Tags have 1 to " + Ticket.TAG_LENGTH + " characters.");
            }
            clean.add(trimmed);
        }
        if (clean.size() > Ticket.MAX_TAGS) {
            throw new RuleViolation("tags", "At most " + Ticket.MAX_TAGS + " tags.");
        }
        return clean;
    }
}
