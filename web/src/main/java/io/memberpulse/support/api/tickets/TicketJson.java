package io.memberpulse.support.api.tickets;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.entity.Attachment;
import io.memberpulse.support.tickets.entity.Contact;
import io.memberpulse.support.tickets.entity.QueueItem;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
import io.memberpulse.support.tickets.entity.TicketEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of tickets in the API. Staff and members get different detail views.
 *
 * <p>Each record hashes by its id (or a field or two) instead of by every component. Yasson puts every object it
 * writes into a {@code HashSet} to notice cycles, and a record's own hash walks its whole tree, at every level: a
 * queue page spent a third of its CPU time hashing itself. Equal records still hash alike, since they have equal
 * ids; {@code equals} is unchanged.
 */
public final class TicketJson {

    private TicketJson() {
    }

    /** A person on a ticket; a member also with their number and organisation (seed 004's business link). */
    public record Person(UUID id, String name, String email, String memberNumber, String organisation) {
        @Override
        public int hashCode() {
            return Objects.hashCode(id);
        }

        static Person of(Account account) {
            return account == null ? null : new Person(account.id(), account.displayName(), account.email(),
                    account.memberNumber(), account.organisation());
        }

        static Person of(QueueItem.Person person) {
            return person == null ? null : new Person(person.id(), person.name(), person.email(),
                    person.memberNumber(), person.organisation());
        }
    }

    public record CategoryRef(UUID id, String name) {
        @Override
        public int hashCode() {
            return Objects.hashCode(id);
        }

        static CategoryRef of(Category category) {
            return category == null ? null : new CategoryRef(category.id(), category.name());
        }

        static CategoryRef of(QueueItem.CategoryName category) {
            return category == null ? null : new CategoryRef(category.id(), category.name());
        }
    }

    /** Who asked when it was not a member (seed 004's submitter fields). */
    public record ContactRef(String name, String email, String companyName) {
        @Override
        public int hashCode() {
            return Objects.hashCode(email);
        }

        static ContactRef of(Contact contact) {
            return contact == null ? null : new ContactRef(contact.name(), contact.email(), contact.companyName());
        }
    }

    /** Who asked: {@code member} for a member's ticket, {@code contact} for a contact's (never both). */
    public record Summary(UUID id, String number, String subject, String status, String priority,
            CategoryRef category, Person member, ContactRef contact, Person assignee, String channel,
            boolean needsResponse, Instant createdAt, Instant updatedAt, Instant firstResponseDueAt,
            Instant dueAt, SlaView sla, UUID teamId) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        static Summary of(Ticket ticket, Map<UUID, SlaView> slas) {
            return of(QueueItem.of(ticket), slas);
        }

        static Summary of(QueueItem row, Map<UUID, SlaView> slas) {
            return new Summary(row.id(), row.number(), row.subject(), row.status().name(), row.priority().name(),
                    CategoryRef.of(row.category()), Person.of(row.requester()), ContactRef.of(row.contact()),
                    Person.of(row.assignee()), row.channel().name(), row.needsResponse(), row.createdAt(),
                    row.updatedAt(), row.firstResponseDueAt(), row.dueAt(), slas.get(row.id()), row.teamId());
        }
    }

    public record File(UUID id, String fileName, String contentType, long size, boolean internal, String href) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        static File of(Attachment a, String base) {
            return new File(a.id(), a.fileName(), a.contentType(), a.size(), a.internal(),
                    base + a.ticketId() + "/attachments/" + a.id());
        }
    }

    /** {@code mergedFrom}: for the opening message of a ticket merged into this one, that ticket's number. */
    public record Message(UUID id, String body, boolean internal, Person author, Instant createdAt, String mergedFrom,
            List<File> files) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        static Message of(Response response) {
            return of(response, List.of(), "");
        }

        static Message of(Response response, List<Attachment> attachments, String base) {
            return new Message(response.id(), response.body(), response.internal(), Person.of(response.author()),
                    response.createdAt(), response.mergedFrom(), attachments.stream()
                            .filter(a -> response.id().equals(a.responseId())).map(a -> File.of(a, base)).toList());
        }
    }

    private static final String STAFF_FILES = "/api/tickets/";
    private static final String MEMBER_FILES = "/api/support/tickets/";

    private static List<File> descriptionFiles(TicketDetail detail, String base) {
        return detail.attachments().stream().filter(a -> a.responseId() == null).map(a -> File.of(a, base)).toList();
    }

    public record Event(UUID id, String type, String from, String to, String reason, UUID actorId, String actor,
            boolean internal, Instant at) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        static Event of(TicketEvent event, Map<UUID, String> actors) {
            return new Event(event.id(), event.type().name(), event.fromValue(), event.toValue(), event.reason(),
                    event.actorId(), actors.get(event.actorId()), event.internal(), event.createdAt());
        }
    }

    /** The staff view: everything, internal notes and history included, and the member's other tickets. */
    @Schema(name = "StaffDetail")
    public record StaffDetail(UUID id, String number, String subject, String description, String status,
            String priority, CategoryRef category, Person member, ContactRef contact, Person assignee,
            String channel, Set<String> tags, boolean needsResponse, Instant createdAt, Instant updatedAt,
            Instant firstResponseDueAt, Instant firstResponseAt, Instant dueAt, String dueReason, Instant resolvedAt,
            String resolution, Instant closedAt, UUID mergedIntoId, long version, List<String> allowedMoves,
            List<File> files, List<Message> thread, List<Event> history, List<Summary> otherTicketsOfMember,
            List<Summary> mergedFrom, SlaView sla, UUID teamId) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        /** @param slas the service levels of the ticket and of the others it lists, by id */
        static StaffDetail of(TicketDetail detail, Map<UUID, SlaView> slas) {
            Ticket t = detail.ticket();
            return new StaffDetail(t.id(), t.number(), t.subject(), t.description(), t.status().name(),
                    t.priority().name(), CategoryRef.of(t.category()), Person.of(t.requester()),
                    ContactRef.of(t.contact()),
                    Person.of(t.assignee()), t.channel().name(), t.tags(), t.needsResponse(), t.createdAt(),
                    t.updatedAt(), t.firstResponseDueAt(), t.firstResponseAt(), t.dueAt(), t.dueReason(),
                    t.resolvedAt(), t.resolution(), t.closedAt(), t.mergedIntoId(),
                    t.version(), t.status().allowedMoves().stream().map(Enum::name).sorted().toList(),
                    descriptionFiles(detail, STAFF_FILES),
                    detail.thread().stream().map(m -> Message.of(m, detail.attachments(), STAFF_FILES)).toList(),
                    detail.history().stream().map(e -> Event.of(e, detail.actors())).toList(),
                    detail.otherTicketsOfMember().stream().map(o -> Summary.of(o, slas)).toList(),
                    detail.mergedFrom().stream().map(m -> Summary.of(m, slas)).toList(), slas.get(t.id()),
                    t.teamId());
        }
    }

    /** The member view: no internal notes, no internal history, no assignee or tags. */
    public record MemberDetail(UUID id, String number, String subject, String description, String status,
            String priority, CategoryRef category, Instant createdAt, Instant updatedAt, Instant firstResponseDueAt,
            Instant resolvedAt, String resolution, Instant closedAt, List<File> files, List<Message> thread,
            List<Event> history) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        static MemberDetail of(TicketDetail detail) {
            Ticket t = detail.ticket();
            return new MemberDetail(t.id(), t.number(), t.subject(), t.description(), t.status().name(),
                    t.priority().name(), CategoryRef.of(t.category()), t.createdAt(), t.updatedAt(),
                    t.firstResponseDueAt(), t.resolvedAt(), t.resolution(), t.closedAt(), descriptionFiles(detail, MEMBER_FILES),
                    detail.thread().stream().map(m -> Message.of(m, detail.attachments(), MEMBER_FILES)).toList(),
                    detail.history().stream().map(e -> new Event(e.id(), e.type().name(), e.fromValue(), e.toValue(),
                            e.reason(), null, null, false, e.createdAt())).toList());
        }
    }

    public record MemberSummary(UUID id, String number, String subject, String status, String priority,
            CategoryRef category, Instant createdAt, Instant updatedAt) {
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        static MemberSummary of(Ticket t) {
            return new MemberSummary(t.id(), t.number(), t.subject(), t.status().name(), t.priority().name(),
                    CategoryRef.of(t.category()), t.createdAt(), t.updatedAt());
        }
    }
}
