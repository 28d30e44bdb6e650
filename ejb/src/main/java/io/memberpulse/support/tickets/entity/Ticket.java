package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.NullableUuidConverter;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A member's request for help. The ticket guards the workflow itself: every change goes through a method that
 * refuses what the rules forbid and returns the history entries it caused, which the boundary saves.
 */
@Entity
@Table(name = "tickets")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Ticket.MERGED_INTO, query = Ticket.WITH_PEOPLE
        + " WHERE t.mergedIntoId = :primary ORDER BY t.createdAt")
@NamedQuery(name = Ticket.POSSIBLE_DUPLICATE, query = "SELECT t FROM Ticket t WHERE t.requesterId = :member "
        + "AND LOWER(t.subject) = :subject AND t.status NOT IN :done ORDER BY t.createdAt DESC")
@NamedQuery(name = Ticket.OPEN_OF_MEMBER, query = "SELECT t FROM Ticket t WHERE t.requesterId = :member "
        + "AND t.status NOT IN :done ORDER BY t.createdAt DESC")
@NamedQuery(name = Ticket.BY_NUMBER, query = Ticket.WITH_PEOPLE + " LEFT JOIN FETCH t.tags WHERE t.number = :number")
@NamedQuery(name = Ticket.BY_ID, query = Ticket.WITH_PEOPLE + " LEFT JOIN FETCH t.tags WHERE t.id = :id")
@NamedQuery(name = Ticket.SUBMISSIONS_SINCE, query = "SELECT t.createdAt FROM Ticket t WHERE t.requesterId = :member "
        + "AND t.createdAt > :since ORDER BY t.createdAt DESC")
@NamedQuery(name = Ticket.RESOLVED_BEFORE, query = "SELECT t.id FROM Ticket t WHERE t.status = :resolved "
        + "AND t.resolvedAt < :cutoff ORDER BY t.resolvedAt")
@NamedQuery(name = Ticket.SLA_DUE, query = "SELECT t.id FROM Ticket t WHERE t.sla.checkAt <= :now "
        + "ORDER BY t.sla.checkAt")
@NamedQuery(name = Ticket.OPEN_LOAD, query = "SELECT t.assigneeId, t.priority, COUNT(t) FROM Ticket t "
        + "WHERE t.assigneeId IN :people AND t.status IN :active GROUP BY t.assigneeId, t.priority")
@NamedQuery(name = Ticket.LEAVE_TEAM, query = "UPDATE Ticket t SET t.teamId = NULL WHERE t.teamId = :team")
@NamedQuery(name = Ticket.WITH_IDS, query = "SELECT t FROM Ticket t WHERE t.id IN :ids")
public class Ticket implements SlaTracked {

    public static final String MERGED_INTO = "Ticket.mergedInto";
    public static final String RESOLVED_BEFORE = "Ticket.resolvedBefore";
    /** Tickets with a due date not yet recorded as breached that has passed (tickets_sla_check). */
    public static final String SLA_DUE = "Ticket.slaDue";
    /** Open tickets per agent and priority: automatic assignment's limits and load balancing. */
    public static final String OPEN_LOAD = "Ticket.openLoad";
    /** A deleted team's tickets go back to the general queue. */
    public static final String LEAVE_TEAM = "Ticket.leaveTeam";
    public static final String WITH_IDS = "Ticket.withIds";
    public static final String POSSIBLE_DUPLICATE = "Ticket.possibleDuplicate";
    public static final String OPEN_OF_MEMBER = "Ticket.openOfMember";
    public static final String SUBMISSIONS_SINCE = "Ticket.submissionsSince";
    /** A ticket by its number, read as {@link #BY_ID} reads it. */
    public static final String BY_NUMBER = "Ticket.byNumber";
    /** One ticket with its people, category and tags in one statement (a find reads them one by one). */
    public static final String BY_ID = "Ticket.byId";
    /** Tickets with their requester, assignee and category joined into the same statement; JPQL to go on from. */
    public static final String WITH_PEOPLE = "SELECT t FROM Ticket t LEFT JOIN FETCH t.requester "
            + "LEFT JOIN FETCH t.assignee LEFT JOIN FETCH t.category";

    public static final int REASON_LENGTH = 500;
    private static final int SEARCH_TEXT_LENGTH = 100_000;

    @Id
    private UUID id;

    @Column(nullable = false, length = 24)
    private String number;

    /** The member who asked, or null when a {@link Contact} did. */
    @ManyToOne
    @JoinColumn(name = "requester_id")
    private Account requester;

    /** The requester's id, read-only, for queries (see {@link #assigneeId} for why not the relationship). */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "requester_id", insertable = false, updatable = false)
    private UUID requesterId;

    /** Someone who is not a member, when staff recorded the ticket for them; null for members' tickets. */
    @Embedded
    private Contact contact;

    @Column(nullable = false, length = Subject.LENGTH)
    private String subject;

    /** Sanitised HTML. */
    @Column(nullable = false, length = MessageBody.LENGTH)
    private String description;

    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Status status;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    /**
     * The assignee's id, read-only, for queries: JPQL on {@code t.assignee} joins the accounts table (with its
     * tenant criteria), which silently drops unassigned tickets from "assigned to me or nobody".
     */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "assignee_id", insertable = false, updatable = false)
    private UUID assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Awaiting awaiting;

    /**
     * Read for all the tickets of a result at once (one IN query), never one query per ticket, wherever a list
     * shows tags. The benchmark found the difference when the queue listed them: 300 → 172 pages/s without it.
     */
    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = TicketQuery.MAX_LIMIT + 1)
    @CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag", length = Tags.LENGTH)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private SlaTrack sla;

    /** The team whose queue the ticket is in, from its category's routing team; null for the general queue. */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** What solved it (seed 004's resolution notes), given when resolving; cleared on reopen. */
    @Column(length = REASON_LENGTH)
    private String resolution;

    /** A due date staff set by hand, with their justification (seed 004). */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "due_reason", length = REASON_LENGTH)
    private String dueReason;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "merged_into_id")
    private UUID mergedIntoId;

    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText;

    @Version
    private long version;

    protected Ticket() {
    }

    /**
     * A new ticket and its "created" history entry. It belongs to a member, or to a contact who is not one.
     *
     * @param createdBy who recorded it: the member themselves, or the staff member on their behalf
     */
    public static Opened open(String number, Account member, Contact contact, Subject subject, MessageBody description,
            Category category, Priority priority, Channel channel, UUID createdBy, Instant now) {
        if ((member == null) == (contact == null)) {
            throw new IllegalArgumentException("a ticket has a member or a contact, not both and not neither");
        }
        Ticket ticket = new Ticket();
        ticket.id = Ids.next();
        ticket.number = number;
        ticket.requester = member;
        ticket.requesterId = member == null ? null : member.id();
        ticket.contact = contact;
        ticket.subject = subject.text();
        ticket.description = description.html();
        ticket.category = category;
        ticket.priority = priority;
        ticket.status = Status.OPEN;
        ticket.channel = channel;
        ticket.awaiting = Awaiting.STAFF;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        ticket.sla = SlaTrack.none();
        ticket.searchText = "";
        ticket.index(number + " " + subject.text() + " " + description.text() + " " + ticket.requesterName() + " "
                + ticket.requesterEmail() + (contact == null || contact.companyName() == null ? ""
                        : " " + contact.companyName()));
        TicketEvent created = new TicketEvent(ticket, createdBy, EventType.CREATED, null, Status.OPEN,
                member == null || !member.id().equals(createdBy) ? "Recorded by staff (" + channel + ")" : null, now);
        return new Opened(ticket, created);
    }

    /**
     * A ticket staff open to reach a member first (seed 003 "proactive outreach"): the description is staff's
     * message, so it is the first response and the member has the next word.
     */
    public static Opened reachOut(String number, Account member, Subject subject, MessageBody message,
            Category category, Priority priority, UUID staff, Instant now) {
        Opened opened = open(number, member, null, subject, message, category, priority, Channel.INTERNAL, staff, now);
        opened.ticket.awaiting = Awaiting.MEMBER;
        opened.ticket.firstResponseAt = now;
        return opened;
    }

    public record Opened(Ticket ticket, TicketEvent event) {
    }

    /**
     * Closes a ticket that has stayed resolved for the client's auto-close period (seed 003), recorded as done by
     * nobody; empty when it no longer qualifies (reopened, or closed by someone else meanwhile).
     */
    public Optional<TicketEvent> closeIfResolvedFor(Duration period, Instant now) {
        if (status != Status.RESOLVED || resolvedAt == null || resolvedAt.plus(period).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(changeStatus(Status.CLOSED, null, "Closed automatically after " + period.toDays()
                + (period.toDays() == 1 ? " day" : " days") + " resolved", now));
    }

    /** Moves along the workflow, or refuses with the moves that are allowed from here. */
    public TicketEvent changeStatus(Status to, UUID actor, String reason, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new InvalidTransition(status, to);
        }
        Status from = status;
        status = to;
        switch (to) {
            case RESOLVED -> {
                resolvedAt = now;
                resolution = reason == null || reason.isBlank() ? null : clip(reason.strip());
            }
            case CLOSED -> closedAt = now;
            case OPEN -> {
                resolvedAt = null;
                closedAt = null;
                resolution = null;
                awaiting = Awaiting.STAFF;
            }
            default -> { }
        }
        touch(now);
        return new TicketEvent(this, actor, to == Status.OPEN ? EventType.REOPENED : EventType.STATUS_CHANGED,
                from, to, reason, now);
    }

    /**
     * A staff member writes. A public reply counts as the first response if it is the first, and hands the turn to
     * the member; replying to an Open ticket starts work on it. An internal note changes nothing the member sees.
     */
    public Reply replyFromStaff(Account author, MessageBody body, boolean internal, Status statusAfter, Instant now) {
        List<TicketEvent> events = new ArrayList<>();
        Response response = new Response(this, author, body.html(), internal, now);
        if (internal) {
            events.add(new TicketEvent(this, author.id(), EventType.NOTE_ADDED, null, null, null, now));
        } else {
            if (status == Status.OPEN && statusAfter != Status.RESOLVED) {
                events.add(changeStatus(Status.IN_PROGRESS, author.id(), "Staff replied", now));
            }
            if (firstResponseAt == null) {
                firstResponseAt = now;
            }
            awaiting = Awaiting.MEMBER;
            events.add(new TicketEvent(this, author.id(), EventType.REPLY_ADDED, null, null, null, now));
        }
        if (statusAfter != null && statusAfter != status) {
            events.add(changeStatus(statusAfter, author.id(), null, now));
        }
        index(body.text());
        touch(now);
        return new Reply(response, events);
    }

    /**
     * The member writes. On a ticket waiting for them it goes back to In Progress; on a resolved one it reopens.
     * A closed ticket must be reopened first.
     */
    public Reply replyFromMember(Account author, MessageBody body, Instant now) {
        if (status == Status.CLOSED) {
            throw new InvalidTransition(Status.CLOSED, Status.IN_PROGRESS);
        }
        List<TicketEvent> events = new ArrayList<>();
        Response response = new Response(this, author, body.html(), false, now);
        if (status.isWaiting()) {
            events.add(changeStatus(Status.IN_PROGRESS, author.id(), "Member replied", now));
        } else if (status == Status.RESOLVED) {
            events.add(changeStatus(Status.OPEN, author.id(), "Member replied", now));
        }
        awaiting = Awaiting.STAFF;
        events.add(new TicketEvent(this, author.id(), EventType.REPLY_ADDED, null, null, null, now));
        index(body.text());
        touch(now);
        return new Reply(response, events);
    }

    public record Reply(Response response, List<TicketEvent> events) {
    }

    public TicketEvent assign(Account to, UUID actor, Instant now) {
        if (Objects.equals(idOf(assignee), idOf(to))) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.ASSIGNEE_CHANGED, nameOf(assignee), nameOf(to),
                null, now);
        assignee = to;
        touch(now);
        return event;
    }

    public TicketEvent reprioritise(Priority to, UUID actor, Instant now) {
        if (to == priority) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.PRIORITY_CHANGED, priority, to, null, now);
        priority = to;
        touch(now);
        return event;
    }

    /**
     * Raises the priority because a service level was breached, recorded as done by nobody. The targets the
     * ticket runs to stay as they were: an escalation draws attention, it does not move the goalposts.
     */
    public TicketEvent escalate(String reason, Instant now) {
        Priority to = priority.next();
        if (to == priority) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, null, EventType.PRIORITY_CHANGED, priority, to, reason, now);
        priority = to;
        touch(now);
        return event;
    }

    /** Records a breached target ("first response" or "resolution") in the history. */
    public TicketEvent breached(String target, Instant due, Instant now) {
        return new TicketEvent(this, null, EventType.SLA_BREACHED, null, target, "Due " + due, now);
    }

    /** Puts the ticket in a team's queue (its category's routing team), or the general one. */
    public void route(UUID team) {
        this.teamId = team;
    }

    /** Assigned by the client's rules rather than by a person; the reason says which rule ("auto: round-robin"). */
    public TicketEvent assignAutomatically(Account to, String reason, Instant now) {
        TicketEvent event = assign(to, null, now);
        return event == null ? null : new TicketEvent(this, null, EventType.ASSIGNEE_CHANGED, event.fromValue(),
                event.toValue(), reason, now);
    }

    /** Keeps where the service-level clock stands, as the SLA component computed it. */
    public void track(SlaTrack track) {
        sla = track;
    }

    public TicketEvent recategorise(Category to, UUID actor, Instant now) {
        if (Objects.equals(category == null ? null : category.id(), to == null ? null : to.id())) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.CATEGORY_CHANGED,
                category == null ? null : category.name(), to == null ? null : to.name(), null, now);
        category = to;
        touch(now);
        return event;
    }

    public TicketEvent retitle(Subject to, UUID actor, Instant now) {
        if (to.text().equals(subject)) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.SUBJECT_CHANGED, subject, to.text(), null, now);
        subject = to.text();
        index(subject);
        touch(now);
        return event;
    }

    public TicketEvent retag(Tags to, UUID actor, Instant now) {
        Set<String> normalised = new TreeSet<>(to.values());
        if (normalised.equals(new TreeSet<>(tags))) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.TAGS_CHANGED, String.join(",", new TreeSet<>(tags)),
                String.join(",", normalised), null, now);
        tags.clear();
        tags.addAll(normalised);
        touch(now);
        return event;
    }

    /** Sets or clears a due date by hand; a justification is required (seed 004). */
    public TicketEvent due(Instant at, String reason, UUID actor, Instant now) {
        if (at != null && (reason == null || reason.isBlank())) {
            throw new RuleViolation("dueReason", "Say why the ticket is due then.");
        }
        if (Objects.equals(at, dueAt)) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.DUE_CHANGED, dueAt, at,
                at == null ? null : reason.strip(), now);
        dueAt = at;
        dueReason = at == null ? null : clip(reason.strip());
        touch(now);
        return event;
    }

    /**
     * Closes this ticket as merged into {@code primary}. The primary's thread gains this ticket's opening message
     * (as written, by its author, at its time, marked as merged from this number), which the description files are
     * then moved onto; replies, notes, history and files are moved by the boundary (bulk updates). Only tickets of
     * the same requester merge: another member's words must never reach this member's thread.
     */
    public Merge mergeInto(Ticket primary, UUID actor, Instant now) {
        if (primary.id.equals(id)) {
            throw new RuleViolation("ticketIds", "A ticket cannot be merged into itself.");
        }
        if (mergedIntoId != null) {
            throw new Conflict("Ticket " + number + " is merged already.");
        }
        if (primary.mergedIntoId != null) {
            throw new Conflict("Ticket " + primary.number
                    + " is itself merged into another ticket; merge into that one.");
        }
        if (!Objects.equals(requesterEmail(), primary.requesterEmail())) {
            throw new RuleViolation("ticketIds", "Ticket " + number + " was asked by someone else; only tickets of "
                    + "the same member or contact can be merged.");
        }
        Status from = status;
        status = Status.CLOSED;
        closedAt = now;
        mergedIntoId = primary.id;
        touch(now);
        primary.index(searchText);
        primary.touch(now);
        Response opening = new Response(primary, requester, description, false, createdAt);
        opening.mergedFrom(number);
        return new Merge(opening, List.of(
                new TicketEvent(this, actor, EventType.STATUS_CHANGED, from, Status.CLOSED, "Merged into "
                        + primary.number, now),
                new TicketEvent(this, actor, EventType.MERGED, number, primary.number, null, now),
                new TicketEvent(primary, actor, EventType.MERGED, number, primary.number, null, now)));
    }

    public record Merge(Response opening, List<TicketEvent> events) {
    }

    /** Whether it is the requester's turn to be answered: they wrote last and the ticket is not done. */
    public boolean needsResponse() {
        return needsResponse(awaiting, status);
    }

    /** Staff owe the member a response: the member spoke last and the ticket is not done. */
    static boolean needsResponse(Awaiting awaiting, Status status) {
        return awaiting == Awaiting.STAFF && !status.isDone();
    }

    public String requesterName() {
        return requester != null ? requester.displayName() : contact.name();
    }

    public String requesterEmail() {
        return requester != null ? requester.email() : contact.email();
    }

    private static String clip(String text) {
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH);
    }

    private void index(String text) {
        if (text == null || searchText.length() >= SEARCH_TEXT_LENGTH) {
            return;
        }
        String more = (searchText.isEmpty() ? "" : " ") + text.replaceAll("\\s+", " ").trim();
        searchText = (searchText + more).substring(0, Math.min(SEARCH_TEXT_LENGTH, searchText.length() + more.length()));
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private static UUID idOf(Account account) {
        return account == null ? null : account.id();
    }

    private static String nameOf(Account account) {
        return account == null ? null : account.displayName();
    }

    @Override
    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    /** The member who asked; null for a contact's ticket. */
    public Account requester() {
        return requester;
    }

    /** The contact who asked; null for a member's ticket. */
    public Contact contact() {
        return contact;
    }

    public UUID assigneeId() {
        return assignee == null ? null : assignee.id();
    }

    public String resolution() {
        return resolution;
    }

    @Override
    public Instant dueAt() {
        return dueAt;
    }

    public String dueReason() {
        return dueReason;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Category category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }

    @Override
    public Status status() {
        return status;
    }

    public Account assignee() {
        return assignee;
    }

    public Channel channel() {
        return channel;
    }

    public Awaiting awaiting() {
        return awaiting;
    }

    public Set<String> tags() {
        return new TreeSet<>(tags);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant firstResponseDueAt() {
        return sla().firstResponseDueAt();
    }

    public UUID teamId() {
        return teamId;
    }

    @Override
    public SlaTrack sla() {
        return sla == null ? SlaTrack.none() : sla;
    }

    @Override
    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public UUID mergedIntoId() {
        return mergedIntoId;
    }

    public long version() {
        return version;
    }
}
