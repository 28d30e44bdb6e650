package io.memberpulse.support.tickets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.categories.entity.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Account member = new Account("m@demo.test", "Morgan Member", Role.ROLE_MEMBER, "h", NOW);
    private final Account agent = new Account("a@demo.test", "Alex Agent", Role.ROLE_CLIENT_USER, "h", NOW);

    private Ticket open(Priority priority, Category category) {
        return Ticket.open("TKT-2026-00001", member, null, Subject.of("Subject"), body("text"), category, priority,
                Channel.PORTAL, member.id(), NOW).ticket();
    }

    private static MessageBody body(String text) {
        return MessageBody.of("<p>" + text + "</p>", "body");
    }

    @Test
    void aForbiddenMoveIsRefusedWithTheAllowedOnesAndChangesNothing() {
        Ticket ticket = open(Priority.NORMAL, null);
        InvalidTransition refused = assertThrows(InvalidTransition.class,
                () -> ticket.changeStatus(Status.CLOSED, agent.id(), null, NOW));
        assertEquals(java.util.Set.of(Status.IN_PROGRESS, Status.RESOLVED), refused.allowed());
        assertEquals(Status.OPEN, ticket.status());
    }

    @Test
    void aResolvedTicketClosesByItselfOnlyOnceItsPeriodHasPassed() {
        Ticket ticket = open(Priority.NORMAL, null);
        Duration week = Duration.ofDays(7);
        assertTrue(ticket.closeIfResolvedFor(week, NOW.plus(Duration.ofDays(30))).isEmpty(), "not resolved");
        ticket.changeStatus(Status.RESOLVED, agent.id(), "Fixed", NOW);
        assertTrue(ticket.closeIfResolvedFor(week, NOW.plus(week).minusSeconds(1)).isEmpty(), "a second early");
        TicketEvent closed = ticket.closeIfResolvedFor(week, NOW.plus(week)).orElseThrow();
        assertEquals(Status.CLOSED, ticket.status());
        assertNull(closed.actorId());
        assertEquals("Closed automatically after 7 days resolved", closed.reason());
        assertTrue(ticket.closeIfResolvedFor(week, NOW.plus(week)).isEmpty(), "closed once");
    }

    @Test
    void reopeningClearsTheResolutionAndHandsTheTurnToStaff() {
        Ticket ticket = open(Priority.NORMAL, null);
        ticket.changeStatus(Status.RESOLVED, agent.id(), null, NOW);
        assertNotNull(ticket.resolvedAt());
        TicketEvent reopened = ticket.changeStatus(Status.OPEN, member.id(), "Still broken", NOW.plusSeconds(60));
        assertEquals(EventType.REOPENED, reopened.type());
        assertNull(ticket.resolvedAt());
        assertEquals(Awaiting.STAFF, ticket.awaiting());
    }

    @Test
    void aPublicReplyIsTheFirstResponseAndStartsWorkButANoteIsNeither() {
        Ticket ticket = open(Priority.NORMAL, null);
        Ticket.Reply note = ticket.replyFromStaff(agent, body("n"), true, null, NOW.plusSeconds(10));
        assertTrue(note.response().internal());
        assertNull(ticket.firstResponseAt());
        assertEquals(Status.OPEN, ticket.status());
        assertEquals(List.of(EventType.NOTE_ADDED), note.events().stream().map(TicketEvent::type).toList());

        Ticket.Reply reply = ticket.replyFromStaff(agent, body("r"), false, Status.WAITING_ON_MEMBER,
                NOW.plusSeconds(20));
        assertEquals(NOW.plusSeconds(20), ticket.firstResponseAt());
        assertEquals(Status.WAITING_ON_MEMBER, ticket.status());
        assertEquals(Awaiting.MEMBER, ticket.awaiting());
        assertEquals(List.of(EventType.STATUS_CHANGED, EventType.REPLY_ADDED, EventType.STATUS_CHANGED),
                reply.events().stream().map(TicketEvent::type).toList());
    }

    @Test
    void theMembersReplyResumesAWaitingTicketAndAClosedOneMustBeReopenedFirst() {
        Ticket ticket = open(Priority.NORMAL, null);
        ticket.replyFromStaff(agent, body("?"), false, Status.WAITING_ON_MEMBER, NOW);
        ticket.replyFromMember(member, body("!"), NOW.plusSeconds(5));
        assertEquals(Status.IN_PROGRESS, ticket.status());
        assertEquals(Awaiting.STAFF, ticket.awaiting());
        ticket.changeStatus(Status.RESOLVED, agent.id(), null, NOW.plusSeconds(6));
        ticket.changeStatus(Status.CLOSED, agent.id(), null, NOW.plusSeconds(7));
        assertThrows(InvalidTransition.class, () -> ticket.replyFromMember(member, body("x"), NOW.plusSeconds(8)));
    }

    @Test
    void unchangedValuesRecordNoHistory() {
        Ticket ticket = open(Priority.NORMAL, null);
        assertNull(ticket.reprioritise(Priority.NORMAL, agent.id(), NOW));
        assertNull(ticket.retitle(Subject.of(" Subject "), agent.id(), NOW));
        assertNull(ticket.assign(null, agent.id(), NOW));
        assertEquals(EventType.PRIORITY_CHANGED, ticket.reprioritise(Priority.URGENT, agent.id(), NOW).type());
    }

    @Test
    void resolvingKeepsTheResolutionNoteAndReopeningClearsIt() {
        Ticket ticket = open(Priority.NORMAL, null);
        ticket.changeStatus(Status.RESOLVED, agent.id(), " Refunded the second payment ", NOW);
        assertEquals("Refunded the second payment", ticket.resolution());
        ticket.changeStatus(Status.OPEN, member.id(), null, NOW.plusSeconds(1));
        assertNull(ticket.resolution());
    }

    @Test
    void mergingBringsTheOpeningMessageAndRefusesAnotherRequestersTicket() {
        Ticket primary = open(Priority.NORMAL, null);
        Ticket duplicate = Ticket.open("TKT-2026-00002", member, null, Subject.of("Again"), body("the same problem"),
                null, Priority.NORMAL, Channel.PORTAL, member.id(), NOW.minusSeconds(60)).ticket();
        Ticket.Merge merge = duplicate.mergeInto(primary, agent.id(), NOW);
        assertEquals("TKT-2026-00002", merge.opening().mergedFrom());
        assertEquals("<p>the same problem</p>", merge.opening().body());
        assertEquals(NOW.minusSeconds(60), merge.opening().createdAt());
        assertEquals(member, merge.opening().author());
        assertEquals(primary.id(), merge.opening().ticketId());
        assertEquals(Status.CLOSED, duplicate.status());
        assertEquals(primary.id(), duplicate.mergedIntoId());

        Account other = new Account("o@demo.test", "Other Member", Role.ROLE_MEMBER, "h", NOW);
        Ticket someoneElses = Ticket.open("TKT-2026-00003", other, null, Subject.of("Mine"), body("x"), null,
                Priority.NORMAL, Channel.PORTAL, other.id(), NOW).ticket();
        assertThrows(io.memberpulse.support.platform.entity.RuleViolation.class,
                () -> someoneElses.mergeInto(primary, agent.id(), NOW));
        assertNull(someoneElses.mergedIntoId());
    }

    @Test
    void aContactsTicketIsSeenByStaffOnlyAndNeverByAMember() {
        Ticket contacts = Ticket.open("TKT-2026-00004", null, new Contact("Pat Caller", "Pat@Example.org", "Acme Ltd"),
                Subject.of("Phoned in"), body("no portal account"), null, Priority.URGENT, Channel.PHONE, agent.id(),
                NOW).ticket();
        assertEquals("pat@example.org", contacts.requesterEmail());
        assertEquals("Pat Caller", contacts.requesterName());
        assertTrue(Visibility.everything(agent.id()).permits(contacts));
        assertTrue(Visibility.ownAndUnassigned(agent.id()).permits(contacts));
        assertFalse(Visibility.requester(member.id()).permits(contacts));
        assertTrue(Visibility.requester(member.id()).permits(open(Priority.NORMAL, null)));
    }

    @Test
    void anAgentWhoMayNotSeeAllSeesOwnAndUnassignedTicketsOnly() {
        Account other = new Account("b@demo.test", "Bo Agent", Role.ROLE_CLIENT_USER, "h", NOW);
        Ticket ticket = open(Priority.NORMAL, null);
        Visibility mine = Visibility.ownAndUnassigned(agent.id());
        assertTrue(mine.permits(ticket));
        ticket.assign(other, other.id(), NOW);
        assertFalse(mine.permits(ticket));
        assertEquals(" AND (t.assigneeId IS NULL OR t.assigneeId = :viewer)", mine.condition());
        ticket.assign(agent, agent.id(), NOW);
        assertTrue(mine.permits(ticket));
    }

    @Test
    void aDueDateNeedsAJustification() {
        Ticket ticket = open(Priority.NORMAL, null);
        assertThrows(io.memberpulse.support.platform.entity.RuleViolation.class,
                () -> ticket.due(NOW.plusSeconds(3600), " ", agent.id(), NOW));
        assertEquals(EventType.DUE_CHANGED, ticket.due(NOW.plusSeconds(3600), "Board meeting", agent.id(), NOW).type());
        assertEquals("Board meeting", ticket.dueReason());
    }
}
