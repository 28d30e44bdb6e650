package io.memberpulse.support.sla.entity;

import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.entity.BusinessCalendar.OpenHours;
import io.memberpulse.support.tickets.entity.Priority;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A client's SLA policy as the API reads and writes it and as it is stored (JSON on the client's row): plain
 * fields, checked into a {@link SlaPolicy} with an error per field. Targets are business minutes.
 */
public class PolicyDocument {

    public static final int MAX_HOLIDAYS = 400;

    /** an IANA time zone, e.g. Europe/London */
    public String timeZone;
    /** opening hours per day; empty for around the clock */
    public List<Hours> businessHours;
    public List<Holiday> holidays;
    /** one entry per priority */
    public List<Target> targets;
    /** the share of a target after which a ticket is "at risk" */
    public Integer atRiskPercent;
    public EscalationRule escalation;

    public static class Hours {
        public String day;
        public String opens;
        public String closes;
    }

    public static class Holiday {
        public String date;
        public String name;
    }

    public static class Target {
        public String priority;
        public Long firstResponseMinutes;
        public Long resolutionMinutes;
    }

    public static class EscalationRule {
        public Boolean raisePriority;
        /** hand a breached ticket to its team's supervisor */
        public Boolean toSupervisor;
        /** otherwise to this staff account; null to leave the assignee */
        public UUID reassignTo;
    }

    public static PolicyDocument of(SlaPolicy policy) {
        PolicyDocument document = new PolicyDocument();
        BusinessCalendar calendar = policy.calendar();
        document.timeZone = calendar.zone().getId();
        document.businessHours = new ArrayList<>();
        new TreeMap<>(calendar.week()).forEach((day, open) -> {
            Hours hours = new Hours();
            hours.day = day.name();
            hours.opens = clock(open.opens());
            hours.closes = clock(open.closes());
            document.businessHours.add(hours);
        });
        document.holidays = new ArrayList<>();
        new TreeMap<>(calendar.holidays()).forEach((date, name) -> {
            Holiday holiday = new Holiday();
            holiday.date = date.toString();
            holiday.name = name;
            document.holidays.add(holiday);
        });
        document.targets = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            SlaPolicy.Targets targets = policy.targets().get(priority);
            Target target = new Target();
            target.priority = priority.name();
            target.firstResponseMinutes = targets.firstResponse().toMinutes();
            target.resolutionMinutes = targets.resolution().toMinutes();
            document.targets.add(target);
        }
        document.atRiskPercent = policy.atRiskPercent();
        document.escalation = new EscalationRule();
        document.escalation.raisePriority = policy.escalation().raisePriority();
        document.escalation.toSupervisor = policy.escalation().toSupervisor();
        document.escalation.reassignTo = policy.escalation().reassignTo();
        return document;
    }

    /** The policy this document describes; fields left out keep what {@code base} has. */
    public SlaPolicy toPolicy(SlaPolicy base) {
        BusinessCalendar calendar = base.calendar();
        ZoneId zone = calendar.zone();
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                throw new RuleViolation("timeZone", "Unknown time zone '" + timeZone
                        + "'; use a name such as Europe/London or America/New_York.");
            }
        }
        Map<DayOfWeek, OpenHours> week = businessHours == null ? calendar.week() : week();
        Map<LocalDate, String> days = holidays == null ? calendar.holidays() : holidays();
        Map<Priority, SlaPolicy.Targets> all = new EnumMap<>(base.targets());
        if (targets != null) {
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                String field = "targets[" + i + "]";
                if (target == null) {
                    throw new RuleViolation(field, "A target names a priority and its minutes.");
                }
                Priority priority = Priority.parse(target.priority, field + ".priority");
                SlaPolicy.Targets old = all.get(priority);
                Duration firstResponse = minutes(target.firstResponseMinutes, old.firstResponse(),
                        field + ".firstResponseMinutes");
                Duration resolution = minutes(target.resolutionMinutes, old.resolution(), field + ".resolutionMinutes");
                if (resolution.compareTo(firstResponse) < 0) {
                    throw new RuleViolation(field + ".resolutionMinutes", "The resolution target of " + priority
                            + " cannot be shorter than its first-response target.");
                }
                all.put(priority, new SlaPolicy.Targets(firstResponse, resolution));
            }
        }
        int percent = atRiskPercent == null ? base.atRiskPercent() : atRiskPercent;
        if (percent < 1 || percent > 99) {
            throw new RuleViolation("atRiskPercent", "At risk is a share of the target from 1 to 99 per cent.");
        }
        SlaPolicy.Escalation escalation = base.escalation();
        if (this.escalation != null) {
            escalation = new SlaPolicy.Escalation(this.escalation.raisePriority == null ? escalation.raisePriority()
                    : this.escalation.raisePriority, this.escalation.toSupervisor == null ? escalation.toSupervisor()
                    : this.escalation.toSupervisor, this.escalation.reassignTo);
        }
        return new SlaPolicy(new BusinessCalendar(zone, week, days), all, percent, escalation);
    }

    private Map<DayOfWeek, OpenHours> week() {
        Map<DayOfWeek, OpenHours> week = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < businessHours.size(); i++) {
            Hours hours = businessHours.get(i);
            String field = "businessHours[" + i + "]";
            if (hours == null || hours.day == null) {
                throw new RuleViolation(field + ".day", "Name the day, e.g. MONDAY.");
            }
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(hours.day.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolation(field + ".day", "Unknown day '" + hours.day + "'; use MONDAY to SUNDAY.");
            }
            int opens = minuteOfDay(hours.opens, field + ".opens");
            int closes = minuteOfDay(hours.closes, field + ".closes");
            if (closes <= opens) {
                throw new RuleViolation(field + ".closes", "Closing time comes after opening time on the same day.");
            }
            if (week.put(day, new OpenHours(opens, closes)) != null) {
                throw new RuleViolation(field + ".day", day + " is listed twice; give each day one opening.");
            }
        }
        return week;
    }

    private Map<LocalDate, String> holidays() {
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new RuleViolation("holidays", "At most " + MAX_HOLIDAYS + " holidays; remove past ones.");
        }
        Map<LocalDate, String> days = new TreeMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            String field = "holidays[" + i + "]";
            try {
                LocalDate date = LocalDate.parse(holiday.date.strip());
                String name = holiday.name == null || holiday.name.isBlank() ? "Holiday" : holiday.name.strip();
                days.put(date, name.length() > 100 ? name.substring(0, 100) : name);
            } catch (NullPointerException | DateTimeException e) {
                throw new RuleViolation(field + ".date", "A holiday is a date such as 2026-12-25.");
            }
        }
        return days;
    }

    private static Duration minutes(Long value, Duration old, String field) {
        if (value == null) {
            return old;
        }
        if (value < 1 || value > 60L * 24 * 365) {
            throw new RuleViolation(field, "A target is from 1 minute to a year, in minutes.");
        }
        return Duration.ofMinutes(value);
    }

    private static int minuteOfDay(String value, String field) {
        if (value != null && value.strip().matches("([01]\\d|2[0-3]):[0-5]\\d|24:00")) {
            String[] parts = value.strip().split(":");
            return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
        }
        throw new RuleViolation(field, "A time of day is HH:mm, from 00:00 to 24:00.");
    }

    private static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
