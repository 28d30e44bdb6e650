package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.CollectionTable;
import io.memberpulse.support.platform.entity.NullableUuidConverter;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A member's request for help. The ticket guards the workflow itself: every change goes through a method that
 * refuses what the rules forbid and returns the history entries it caused, which the boundary saves.
 */
@Entity
@Table(name = "tickets")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id")
public class Ticket {

    public static final int SUBJECT_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 65_535;
    public static final int TAG_LENGTH = 40;
    public static final int MAX_TAGS = 20;
    private static final int SEARCH_TEXT_LENGTH = 100_000;

    @Id
    private UUID id;

    @Column(nullable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requester_id")
    private Account requester;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    /** Sanitised HTML. */
    @Column(nullable = false, length = DESCRIPTION_LENGTH)
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

    @ElementCollection
    @CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag", length = TAG_LENGTH)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "merged_into_id")
    private UUID mergedIntoId;

    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText;

    @Version
    private long version;

    protected Ticket() {
    }

    /** A new ticket and its "created" history entry. */
    public static Opened open(String number, Account requester, String subject, String description,
            String descriptionText, Category category, Priority priority, Channel channel, Instant now) {
        Ticket ticket = new Ticket();
        ticket.id = Ids.next();
        ticket.number = number;
        ticket.requester = requester;
        ticket.subject = subject;
        ticket.description = description;
        ticket.category = category;
        ticket.priority = priority;
        ticket.status = Status.OPEN;
        ticket.channel = channel;
        ticket.awaiting = Awaiting.STAFF;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        ticket.firstResponseDueAt = now.plus(firstResponseTarget(priority, category));
        ticket.searchText = "";
        ticket.index(number + " " + subject + " " + descriptionText + " " + requester.displayName() + " "
                + requester.email());
        TicketEvent created = new TicketEvent(ticket, requester.id(), EventType.CREATED, null, Status.OPEN,
                null, now);
        return new Opened(ticket, created);
    }

    public record Opened(Ticket ticket, TicketEvent event) {
    }

    /** The stricter of the priority's and the category's first-response target. */
    static Duration firstResponseTarget(Priority priority, Category category) {
        Duration target = priority.firstResponse();
        if (category != null && category.firstResponseHours() != null) {
            Duration byCategory = Duration.ofHours(category.firstResponseHours());
            if (byCategory.compareTo(target) < 0) {
                target = byCategory;
            }
        }
        return target;
    }

    /** Moves along the workflow, or refuses with the moves that are allowed from here. */
    public TicketEvent changeStatus(Status to, UUID actor, String reason, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new InvalidTransition(status, to);
        }
        Status from = status;
        status = to;
        switch (to) {
            case RESOLVED -> resolvedAt = now;
            case CLOSED -> closedAt = now;
            case OPEN -> {
                resolvedAt = null;
                closedAt = null;
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
    public Reply replyFromStaff(Account author, String body, String bodyText, boolean internal, Status statusAfter,
            Instant now) {
        List<TicketEvent> events = new ArrayList<>();
        Response response = new Response(this, author, body, internal, now);
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
        index(bodyText);
        touch(now);
        return new Reply(response, events);
    }

    /**
     * The member writes. On a ticket waiting for them it goes back to In Progress; on a resolved one it reopens.
     * A closed ticket must be reopened first.
     */
    public Reply replyFromMember(Account author, String body, String bodyText, Instant now) {
        if (status == Status.CLOSED) {
            throw new InvalidTransition(Status.CLOSED, Status.IN_PROGRESS);
        }
        List<TicketEvent> events = new ArrayList<>();
        Response response = new Response(this, author, body, false, now);
        if (status.isWaiting()) {
            events.add(changeStatus(Status.IN_PROGRESS, author.id(), "Member replied", now));
        } else if (status == Status.RESOLVED) {
            events.add(changeStatus(Status.OPEN, author.id(), "Member replied", now));
        }
        awaiting = Awaiting.STAFF;
        events.add(new TicketEvent(this, author.id(), EventType.REPLY_ADDED, null, null, null, now));
        index(bodyText);
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

    public TicketEvent retitle(String to, UUID actor, Instant now) {
        if (to.equals(subject)) {
            return null;
        }
        TicketEvent event = new TicketEvent(this, actor, EventType.SUBJECT_CHANGED, subject, to, null, now);
        subject = to;
        index(to);
        touch(now);
        return event;
    }

    public TicketEvent retag(Set<String> to, UUID actor, Instant now) {
        Set<String> normalised = new TreeSet<>(to);
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

    /**
     * Closes this ticket as merged into {@code primary}, which takes over its words for search. The thread and
     * history themselves are moved by the boundary (a bulk update); this records the merge on both tickets.
     */
    public List<TicketEvent> mergeInto(Ticket primary, UUID actor, Instant now) {
        if (primary.id.equals(id)) {
            throw new RuleViolation("ticketIds",
                    "A ticket cannot be merged into itself.");
        }
        if (mergedIntoId != null) {
            throw new Conflict("Ticket " + number + " is merged already.");
        }
        if (primary.mergedIntoId != null) {
            throw new Conflict("Ticket " + primary.number
                    + " is itself merged into another ticket; merge into that one.");
        }
        Status from = status;
        status = Status.CLOSED;
        closedAt = now;
        mergedIntoId = primary.id;
        touch(now);
        primary.index(searchText);
        primary.touch(now);
        return List.of(
                new TicketEvent(this, actor, EventType.STATUS_CHANGED, from, Status.CLOSED, "Merged into "
                        + primary.number, now),
                new TicketEvent(this, actor, EventType.MERGED, number, primary.number, null, now),
                new TicketEvent(primary, actor, EventType.MERGED, number, primary.number, null, now));
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

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Account requester() {
        return requester;
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
        return firstResponseDueAt;
    }

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
