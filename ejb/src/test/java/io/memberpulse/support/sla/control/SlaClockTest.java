package io.memberpulse.support.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.sla.entity.BusinessCalendar;
import io.memberpulse.support.sla.entity.BusinessCalendar.OpenHours;
import io.memberpulse.support.sla.entity.SlaPolicy;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.MessageBody;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Subject;
import io.memberpulse.support.tickets.entity.Ticket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The business-time arithmetic with fixed instants: a London office open 09:00-17:00 on weekdays. */
class SlaClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BusinessCalendar OFFICE = new BusinessCalendar(LONDON, weekdays(9, 17),
            Map.of(LocalDate.parse("2026-12-25"), "Christmas Day", LocalDate.parse("2026-12-28"), "Boxing Day (substitute)"));
    private static final SlaPolicy POLICY = new SlaPolicy(OFFICE, SlaPolicy.DEFAULT.targets(), 80,
            SlaPolicy.DEFAULT.escalation());

    private final Account member = new Account("m@demo.test", "Morgan Member", Role.ROLE_MEMBER, "h", at("2026-11-01T09:00"));
    private final Account agent = new Account("a@demo.test", "Alex Agent", Role.ROLE_CLIENT_USER, "h", at("2026-11-01T09:00"));

    private static Map<DayOfWeek, OpenHours> weekdays(int opens, int closes) {
        Map<DayOfWeek, OpenHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new OpenHours(opens * 60, closes * 60));
            }
        }
        return week;
    }

    /** A London wall-clock time. */
    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private Ticket open(Priority priority, Category category, Instant now) {
        Ticket ticket = Ticket.open("TKT-2026-00001", member, null, Subject.of("Subject"),
                MessageBody.of("<p>text</p>", "description"), category, priority, Channel.PORTAL, member.id(), now)
                .ticket();
        SlaClock.follow(ticket, POLICY, now);
        return ticket;
    }

    @Test
    void businessTimeSkipsTheEveningAndTheWeekend() {
        assertEquals(at("2026-11-30T12:00"), SlaClock.plus(OFFICE, at("2026-11-27T16:00"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(2), SlaClock.between(OFFICE, at("2026-11-27T16:00"), at("2026-11-30T10:00")));
        // opened at night: the clock starts when the office opens
        assertEquals(at("2026-12-01T13:00"), SlaClock.plus(OFFICE, at("2026-11-30T22:30"), Duration.ofHours(4)));
        assertEquals(Duration.ZERO, SlaClock.between(OFFICE, at("2026-11-28T10:00"), at("2026-11-29T18:00")));
    }

    @Test
    void holidaysDoNotCount() {
        // Thursday 24 December: 2 h left that day; Friday 25th and Monday 28th are holidays, then the weekend between
        assertEquals(at("2026-12-29T11:00"), SlaClock.plus(OFFICE, at("2026-12-24T15:00"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(4), SlaClock.between(OFFICE, at("2026-12-24T15:00"), at("2026-12-29T11:00")));
    }

    @Test
    void aTargetAcrossTheChangeToSummerTimeCountsLocalOfficeHours() {
        // clocks go forward on Sunday 28 March 2027: Friday 16:00 GMT + 4 h is Monday 12:00 BST (11:00 UTC)
        Instant due = SlaClock.plus(OFFICE, Instant.parse("2027-03-26T16:00:00Z"), Duration.ofHours(4));
        assertEquals(Instant.parse("2027-03-29T11:00:00Z"), due);
        // around the clock, a 23-hour Sunday is still 24 real hours for a 24-hour target
        BusinessCalendar always = new BusinessCalendar(LONDON, Map.of(), Map.of(LocalDate.parse("2027-01-01"), "New Year"));
        assertEquals(Instant.parse("2027-03-28T12:00:00Z"),
                SlaClock.plus(always, Instant.parse("2027-03-27T12:00:00Z"), Duration.ofHours(24)));
    }

    @Test
    void theStricterOfPriorityAndCategoryTargetCounts() {
        Category billing2h = new Category("Billing", null, 1, "Billing Team", 2, at("2026-11-01T09:00"));
        assertEquals(at("2026-11-30T11:00"), open(Priority.HIGH, billing2h, at("2026-11-30T09:00")).firstResponseDueAt());
        assertEquals(at("2026-11-30T13:00"), open(Priority.HIGH, null, at("2026-11-30T09:00")).firstResponseDueAt());
    }

    @Test
    void waitingOnTheMemberPausesTheClockAndTheirReplyResumesIt() {
        Ticket ticket = open(Priority.HIGH, null, at("2026-11-30T09:00"));
        ticket.changeStatus(Status.IN_PROGRESS, agent.id(), null, at("2026-11-30T10:00"));
        SlaClock.follow(ticket, POLICY, at("2026-11-30T10:00"));
        ticket.changeStatus(Status.WAITING_ON_MEMBER, agent.id(), "Which invoice?", at("2026-11-30T11:00"));
        SlaClock.follow(ticket, POLICY, at("2026-11-30T11:00"));

        assertNull(ticket.firstResponseDueAt(), "no due date while paused");
        assertNull(ticket.sla().checkAt(), "the scan ignores it");
        SlaView paused = SlaClock.view(ticket, POLICY, at("2026-12-02T16:00"));
        assertEquals(SlaView.State.PAUSED, paused.state());
        assertEquals(120, paused.remainingMinutes(), "2 of the 4 hours used, however long it waits");

        ticket.replyFromMember(member, MessageBody.of("<p>The March one</p>", "body"), at("2026-12-03T15:00"));
        SlaClock.follow(ticket, POLICY, at("2026-12-03T15:00"));
        assertEquals(at("2026-12-03T17:00"), ticket.firstResponseDueAt(), "the remaining 2 h from the reply");
        assertEquals(SlaView.State.AT_RISK, SlaClock.view(ticket, POLICY, at("2026-12-03T16:30")).state(),
                "3.5 of 4 h used: past 80 %");
        assertEquals(SlaView.State.ON_TRACK, SlaClock.view(ticket, POLICY, at("2026-12-03T15:30")).state());
    }

    @Test
    void aPriorityChangeHalfWayKeepsTheTimeUsedAndTakesTheNewTarget() {
        Ticket ticket = open(Priority.NORMAL, null, at("2026-11-30T09:00"));
        assertEquals(at("2026-12-02T17:00"), ticket.firstResponseDueAt(), "24 business hours: three office days");
        ticket.reprioritise(Priority.HIGH, agent.id(), at("2026-11-30T11:00"));
        SlaClock.retarget(ticket, POLICY, at("2026-11-30T11:00"));
        assertEquals(at("2026-11-30T13:00"), ticket.firstResponseDueAt(), "4 h less the 2 h already used");
        assertEquals(Duration.ofDays(1), ticket.sla().resolutionTarget());
    }

    @Test
    void aManualDueDateReplacesTheResolutionTargetAndDoesNotPause() {
        Ticket ticket = open(Priority.LOW, null, at("2026-11-30T09:00"));
        ticket.due(at("2026-12-02T12:00"), "Board meeting on Wednesday", agent.id(), at("2026-11-30T09:30"));
        SlaClock.follow(ticket, POLICY, at("2026-11-30T09:30"));
        assertEquals(at("2026-12-02T12:00"), ticket.sla().resolutionDueAt());
        ticket.changeStatus(Status.IN_PROGRESS, agent.id(), null, at("2026-11-30T10:00"));
        ticket.changeStatus(Status.WAITING_ON_THIRD_PARTY, agent.id(), "Printer", at("2026-11-30T10:00"));
        SlaClock.follow(ticket, POLICY, at("2026-11-30T10:00"));
        assertEquals(at("2026-12-02T12:00"), ticket.sla().resolutionDueAt(), "a promised date is a date");
        assertEquals(at("2026-12-02T12:00"), ticket.sla().checkAt());
    }

    @Test
    void aBreachIsRecordedOnceAndTheScanThenLooksAtTheNextTarget() {
        Ticket ticket = open(Priority.HIGH, null, at("2026-11-30T09:00"));
        assertEquals(at("2026-11-30T13:00"), ticket.sla().checkAt());
        assertTrue(SlaClock.breach(ticket, POLICY, at("2026-11-30T12:59")).isEmpty());
        var breaches = SlaClock.breach(ticket, POLICY, at("2026-11-30T13:00"));
        assertEquals(1, breaches.size());
        assertEquals("first response", breaches.get(0).target());
        assertTrue(SlaClock.breach(ticket, POLICY, at("2026-11-30T13:01")).isEmpty(), "once");
        assertEquals(ticket.sla().resolutionDueAt(), ticket.sla().checkAt(), "then the resolution target");
        assertEquals(at("2026-12-02T17:00"), ticket.sla().resolutionDueAt(), "one day: 24 business hours");
        assertEquals(SlaView.State.BREACHED, SlaClock.view(ticket, POLICY, at("2026-11-30T14:00")).state());
    }

    @Test
    void resolvingStopsTheClockAndReopeningResumesIt() {
        Ticket ticket = open(Priority.URGENT, null, at("2026-11-30T09:00"));
        ticket.replyFromStaff(agent, MessageBody.of("<p>Fixed</p>", "body"), false, Status.RESOLVED,
                at("2026-11-30T09:30"));
        SlaClock.follow(ticket, POLICY, at("2026-11-30T09:30"));
        assertNull(ticket.sla().dueAt());
        assertEquals(SlaView.State.MET, SlaClock.view(ticket, POLICY, at("2026-12-01T09:00")).state());
        ticket.changeStatus(Status.OPEN, member.id(), "Still broken", at("2026-12-01T09:00"));
        SlaClock.follow(ticket, POLICY, at("2026-12-01T09:00"));
        assertNull(ticket.firstResponseDueAt(), "answered already");
        assertEquals(at("2026-12-01T12:30"), ticket.sla().resolutionDueAt(), "4 h less the half hour used");
    }
}
