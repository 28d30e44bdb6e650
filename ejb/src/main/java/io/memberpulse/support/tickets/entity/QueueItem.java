package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.accounts.entity.Account;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket as a queue lists it: the columns a row shows, read by one projection instead of building the ticket,
 * its two people and its category as entities. The description and the search text stay in the database; the
 * search text holds the whole conversation (up to 100 000 characters), which a list of fifty rows never needs.
 *
 * @param requester the member who asked, or null for a contact's ticket ({@code contact} then says who)
 * @param assignee null while nobody has the ticket
 * @param category null when the ticket has none
 */
public record QueueItem(UUID id, String number, String subject, Status status, Priority priority, Channel channel,
        Awaiting awaiting, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant dueAt, UUID teamId,
        SlaTrack sla, Contact contact, Person requester, Person assignee, CategoryName category)
        implements SlaTracked {

    /** An account on a ticket, as a queue shows it; the member's number and organisation for a member. */
    public record Person(UUID id, String name, String email, String memberNumber, String organisation) {

        static Person of(Account account) {
            return account == null ? null : new Person(account.id(), account.displayName(), account.email(),
                    account.memberNumber(), account.organisation());
        }
    }

    public record CategoryName(UUID id, String name) {
    }

    /** The same row from a ticket already read (the detail's other tickets of the member, and merged ones). */
    public static QueueItem of(Ticket t) {
        return new QueueItem(t.id(), t.number(), t.subject(), t.status(), t.priority(), t.channel(), t.awaiting(),
                t.createdAt(), t.updatedAt(), t.firstResponseAt(), t.dueAt(), t.teamId(), t.sla(), t.contact(),
                Person.of(t.requester()), Person.of(t.assignee()),
                t.category() == null ? null : new CategoryName(t.category().id(), t.category().name()));
    }

    /** {@link Ticket#needsResponse()}: the same rule. */
    public boolean needsResponse() {
        return Ticket.needsResponse(awaiting, status);
    }

    public String requesterName() {
        return requester != null ? requester.name() : contact.name();
    }

    public String requesterEmail() {
        return requester != null ? requester.email() : contact.email();
    }

    public Instant firstResponseDueAt() {
        return sla.firstResponseDueAt();
    }
}
