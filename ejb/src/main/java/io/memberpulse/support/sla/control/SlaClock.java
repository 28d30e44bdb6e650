package io.memberpulse.support.sla.control;

import io.memberpulse.support.sla.entity.BusinessCalendar;
import io.memberpulse.support.sla.entity.BusinessCalendar.OpenHours;
import io.memberpulse.support.sla.entity.SlaPolicy;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.sla.entity.SlaView.State;
import io.memberpulse.support.tickets.entity.SlaTrack;
import io.memberpulse.support.tickets.entity.SlaTracked;
import io.memberpulse.support.tickets.entity.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The service-level arithmetic, in one place: business time between two instants and after one, and from those a
 * ticket's due dates. The clock runs while the ticket is being worked on, and pauses while it waits on the member
 * or a third party and once it is resolved; a paused clock keeps the business time already used, so resuming
 * continues where it stopped. Targets are fixed when the clock starts and again when staff change the priority or
 * the category; a manual due date (seed 004) replaces the resolution target.
 */
public final class SlaClock {

    /** How far ahead a due date is looked for: a calendar with no business time in ten years is refused earlier. */
    private static final int MAX_DAYS = 3660;

    private SlaClock() {
    }

    /** Business time from one instant to a later one; zero when {@code to} is not after {@code from}. */
    public static Duration between(BusinessCalendar calendar, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (calendar.aroundTheClock() && calendar.holidays().isEmpty()) {
            return Duration.between(from, to);
        }
        ZoneId zone = calendar.zone();
        LocalDate last = to.atZone(zone).toLocalDate();
        Duration sum = Duration.ZERO;
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Instant[] open = open(calendar, day);
            if (open != null) {
                Instant start = max(open[0], from);
                Instant end = min(open[1], to);
                if (end.isAfter(start)) {
                    sum = sum.plus(Duration.between(start, end));
                }
            }
        }
        return sum;
    }

    /** The instant by which {@code amount} of business time has passed after {@code from}. */
    public static Instant plus(BusinessCalendar calendar, Instant from, Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            return from;
        }
        if (calendar.aroundTheClock() && calendar.holidays().isEmpty()) {
            return from.plus(amount);
        }
        Duration left = amount;
        LocalDate day = from.atZone(calendar.zone()).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Instant[] open = open(calendar, day);
            if (open == null || !open[1].isAfter(from)) {
                continue;
            }
            Instant start = max(open[0], from);
            Duration available = Duration.between(start, open[1]);
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("the calendar has no business time in ten years");
    }

    /** The day's business hours as two instants, or null when it is closed (a holiday, or no hours that day). */
    private static Instant[] open(BusinessCalendar calendar, LocalDate day) {
        if (calendar.holidays().containsKey(day)) {
            return null;
        }
        ZoneId zone = calendar.zone();
        if (calendar.aroundTheClock()) {
            return new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
        }
        OpenHours hours = calendar.week().get(day.getDayOfWeek());
        return hours == null ? null : new Instant[] {at(day, hours.opens(), zone), at(day, hours.closes(), zone)};
    }

    private static Instant at(LocalDate day, int minute, ZoneId zone) {
        return minute == OpenHours.DAY ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : day.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
    }

    /**
     * Brings the ticket's clock up to date after anything happened to it (opened, replied to, status changed):
     * starts it with the policy's targets if it never ran, pauses or resumes it, and recomputes the due dates.
     */
    public static void follow(Ticket ticket, SlaPolicy policy, Instant now) {
        SlaTrack track = ticket.sla();
        if (track.untracked()) {
            retarget(ticket, policy, now);
        } else {
            follow(ticket, policy, track, track.firstResponseTarget(), track.resolutionTarget(), null, null, now);
        }
    }

    /** Takes the targets of the ticket's current priority and category (staff changed one of them). */
    public static void retarget(Ticket ticket, SlaPolicy policy, Instant now) {
        SlaPolicy.Targets targets = policy.targetsFor(ticket.priority(),
                ticket.category() == null ? null : ticket.category().firstResponseHours());
        follow(ticket, policy, ticket.sla(), targets.firstResponse(), targets.resolution(), null, null, now);
    }

    /** A target that was due and is now recorded as breached. */
    public record Breach(String target, Instant due) {
    }

    /**
     * Records the targets whose due date has passed and that were not recorded yet; none when the ticket no longer
     * qualifies (answered, paused, resolved or already handled by another node meanwhile).
     */
    public static List<Breach> breach(Ticket ticket, SlaPolicy policy, Instant now) {
        SlaTrack track = ticket.sla();
        List<Breach> breaches = new ArrayList<>();
        Instant firstResponse = track.firstResponseBreachedAt();
        Instant resolution = track.resolutionBreachedAt();
        if (firstResponse == null && due(track.firstResponseDueAt(), now)) {
            firstResponse = now;
            breaches.add(new Breach("first response", track.firstResponseDueAt()));
        }
        if (resolution == null && due(track.resolutionDueAt(), now)) {
            resolution = now;
            breaches.add(new Breach("resolution", track.resolutionDueAt()));
        }
        if (!breaches.isEmpty()) {
            follow(ticket, policy, track, track.firstResponseTarget(), track.resolutionTarget(), firstResponse,
                    resolution, now);
        }
        return breaches;
    }

    private static boolean due(Instant due, Instant now) {
        return due != null && !due.isAfter(now);
    }

    private static void follow(Ticket ticket, SlaPolicy policy, SlaTrack track, Duration firstResponse,
            Duration resolution, Instant firstResponseBreached, Instant resolutionBreached, Instant now) {
        BusinessCalendar calendar = policy.calendar();
        long elapsed = track.elapsedSeconds();
        Instant since = track.runningSince();
        boolean running = !ticket.status().isWaiting() && !ticket.status().isDone();
        if (since != null && !running) {
            elapsed += between(calendar, since, now).toSeconds();
            since = null;
        } else if (since == null && running) {
            since = now;
        }
        boolean resolutionOpen = !ticket.status().isDone();
        boolean firstResponseOpen = resolutionOpen && ticket.firstResponseAt() == null;
        Duration used = Duration.ofSeconds(elapsed);
        Instant firstResponseDue = null;
        Instant firstResponseRisk = null;
        if (firstResponseOpen && running) {
            firstResponseDue = plus(calendar, since, firstResponse.minus(used));
            firstResponseRisk = plus(calendar, since, share(firstResponse, policy.atRiskPercent()).minus(used));
        }
        Instant resolutionDue = null;
        Instant resolutionRisk = null;
        if (resolutionOpen && ticket.dueAt() != null) {
            resolutionDue = ticket.dueAt();
            Duration span = Duration.between(ticket.createdAt(), resolutionDue);
            resolutionRisk = span.isNegative() ? resolutionDue
                    : resolutionDue.minus(span.multipliedBy(100 - policy.atRiskPercent()).dividedBy(100));
        } else if (resolutionOpen && running) {
            resolutionDue = plus(calendar, since, resolution.minus(used));
            resolutionRisk = plus(calendar, since, share(resolution, policy.atRiskPercent()).minus(used));
        }
        Instant firstResponseBreachedAt = firstResponseBreached != null ? firstResponseBreached
                : track.firstResponseBreachedAt();
        Instant resolutionBreachedAt = resolutionBreached != null ? resolutionBreached : track.resolutionBreachedAt();
        Instant check = earliest(firstResponseBreachedAt == null ? firstResponseDue : null,
                resolutionBreachedAt == null ? resolutionDue : null);
        ticket.track(new SlaTrack(firstResponse, resolution, elapsed, since, firstResponseDue, resolutionDue,
                earliest(firstResponseDue, resolutionDue), earliest(firstResponseRisk, resolutionRisk), check,
                firstResponseBreachedAt, resolutionBreachedAt));
    }

    /** Where the ticket stands now, for staff. */
    public static SlaView view(SlaTracked ticket, SlaPolicy policy, Instant now) {
        SlaTrack track = ticket.sla();
        if (track.untracked()) {
            return null;
        }
        State state;
        Long remaining = null;
        if (ticket.status().isDone()) {
            state = track.breached() ? State.BREACHED : State.MET;
        } else if (track.runningSince() == null) {
            Duration used = Duration.ofSeconds(track.elapsedSeconds());
            Duration left = ticket.dueAt() != null ? between(policy.calendar(), now, ticket.dueAt())
                    : track.resolutionTarget().minus(used);
            if (ticket.firstResponseAt() == null) {
                left = min(left, track.firstResponseTarget().minus(used));
            }
            remaining = left.toMinutes();
            state = State.PAUSED;
        } else {
            Instant due = track.dueAt();
            remaining = due.isAfter(now) ? between(policy.calendar(), now, due).toMinutes()
                    : -between(policy.calendar(), due, now).toMinutes();
            state = !due.isAfter(now) ? State.BREACHED
                    : track.atRiskAt() != null && !track.atRiskAt().isAfter(now) ? State.AT_RISK : State.ON_TRACK;
        }
        return new SlaView(track.firstResponseDueAt(), track.resolutionDueAt(), state, remaining, track.breached(),
                track.atRiskAt());
    }

    private static Duration share(Duration target, int percent) {
        return target.multipliedBy(percent).dividedBy(100);
    }

    private static Instant earliest(Instant a, Instant b) {
        return Stream.of(a, b).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
