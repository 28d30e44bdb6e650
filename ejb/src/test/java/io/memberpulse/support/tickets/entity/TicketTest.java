package io.memberpulse.support.tickets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return Ticket.open("TKT-2026-00001", member, "Subject", "<p>text</p>", "text", category, priority,
                Channel.PORTAL, NOW).ticket();
    }

    @Test
    void theStricterOfPriorityAndCategoryTargetSetsTheFirstResponseDueTime() {
        Category billing24h = new Category("Billing", null, 1, "Billing Team", 24, NOW);
        assertEquals(NOW.plus(Duration.ofHours(4)), open(Priority.HIGH, billing24h).firstResponseDueAt());
        assertEquals(NOW.plus(Duration.ofHours(24)), open(Priority.LOW, billing24h).firstResponseDueAt());
        assertEquals(NOW.plus(Duration.ofHours(48)), open(Priority.LOW, null).firstResponseDueAt());
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
        Ticket.Reply note = ticket.replyFromStaff(agent, "<p>n</p>", "n", true, null, NOW.plusSeconds(10));
        assertTrue(note.response().internal());
        assertNull(ticket.firstResponseAt());
        assertEquals(Status.OPEN, ticket.status());
        assertEquals(List.of(EventType.NOTE_ADDED), note.events().stream().map(TicketEvent::type).toList());

        Ticket.Reply reply = ticket.replyFromStaff(agent, "<p>r</p>", "r", false, Status.WAITING_ON_MEMBER,
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
        ticket.replyFromStaff(agent, "<p>?</p>", "?", false, Status.WAITING_ON_MEMBER, NOW);
        ticket.replyFromMember(member, "<p>!</p>", "!", NOW.plusSeconds(5));
        assertEquals(Status.IN_PROGRESS, ticket.status());
        assertEquals(Awaiting.STAFF, ticket.awaiting());
        ticket.changeStatus(Status.RESOLVED, agent.id(), null, NOW.plusSeconds(6));
        ticket.changeStatus(Status.CLOSED, agent.id(), null, NOW.plusSeconds(7));
        assertThrows(InvalidTransition.class, () -> ticket.replyFromMember(member, "x", "x", NOW.plusSeconds(8)));
    }

    @Test
    void unchangedValuesRecordNoHistory() {
        Ticket ticket = open(Priority.NORMAL, null);
        assertNull(ticket.reprioritise(Priority.NORMAL, agent.id(), NOW));
        assertNull(ticket.retitle("Subject", agent.id(), NOW));
        assertNull(ticket.assign(null, agent.id(), NOW));
        assertEquals(EventType.PRIORITY_CHANGED, ticket.reprioritise(Priority.URGENT, agent.id(), NOW).type());
    }
}
