package io.memberpulse.support.console.settings;

import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.boundary.SlaSettings;
import io.memberpulse.support.sla.entity.PolicyDocument;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings → Service levels: the targets per priority (in business hours), the business calendar (time zone,
 * opening hours per weekday or around the clock, holidays) and what a breach does.
 */
@Named("serviceLevelsView")
@ViewScoped
public class ServiceLevelsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SlaSettings settings;

    private String timeZone;
    private boolean aroundTheClock;
    private final List<Day> days = new ArrayList<>();
    private String holidays;
    private final List<Target> targets = new ArrayList<>();
    private int atRiskPercent;
    private boolean raisePriority;
    private boolean toSupervisor;

    /** One weekday's opening, as the form edits it. */
    public static class Day implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private boolean open;
        private String opens = "09:00";
        private String closes = "17:00";

        Day(DayOfWeek day) {
            this.day = day;
        }

        public String getName() {
            return day.getDisplayName(TextStyle.FULL, Locale.UK);
        }

        public String getKey() {
            return day.name().toLowerCase(Locale.ROOT);
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** One priority's targets in hours, as the form edits them. */
    public static class Target implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String priority;
        private Double firstResponseHours;
        private Double resolutionHours;

        Target(String priority) {
            this.priority = priority;
        }

        public String getPriority() {
            return priority;
        }

        public String getLabel() {
            return priority.charAt(0) + priority.substring(1).toLowerCase(Locale.ROOT);
        }

        public String getKey() {
            return priority.toLowerCase(Locale.ROOT);
        }

        public Double getFirstResponseHours() {
            return firstResponseHours;
        }

        public void setFirstResponseHours(Double hours) {
            this.firstResponseHours = hours;
        }

        public Double getResolutionHours() {
            return resolutionHours;
        }

        public void setResolutionHours(Double hours) {
            this.resolutionHours = hours;
        }
    }

    public void load() {
        show(settings.read());
    }

    private void show(PolicyDocument policy) {
        timeZone = policy.timeZone;
        aroundTheClock = policy.businessHours.isEmpty();
        days.clear();
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = new Day(day);
            policy.businessHours.stream().filter(h -> h.day.equals(day.name())).findFirst().ifPresent(h -> {
                row.open = true;
                row.opens = h.opens;
                row.closes = h.closes;
            });
            if (aroundTheClock && day.getValue() <= 5) {
                row.open = true;
            }
            days.add(row);
        }
        StringBuilder lines = new StringBuilder();
        policy.holidays.forEach(h -> lines.append(h.date).append(' ').append(h.name).append('\n'));
        holidays = lines.toString();
        targets.clear();
        for (PolicyDocument.Target target : policy.targets) {
            Target row = new Target(target.priority);
            row.firstResponseHours = target.firstResponseMinutes / 60.0;
            row.resolutionHours = target.resolutionMinutes / 60.0;
            targets.add(row);
        }
        atRiskPercent = policy.atRiskPercent;
        raisePriority = policy.escalation.raisePriority;
        toSupervisor = Boolean.TRUE.equals(policy.escalation.toSupervisor);
    }

    public void save() {
        PolicyDocument change = new PolicyDocument();
        change.timeZone = timeZone;
        change.businessHours = new ArrayList<>();
        if (!aroundTheClock) {
            for (Day day : days) {
                if (day.open) {
                    PolicyDocument.Hours hours = new PolicyDocument.Hours();
                    hours.day = day.day.name();
                    hours.opens = day.opens;
                    hours.closes = day.closes;
                    change.businessHours.add(hours);
                }
            }
            if (change.businessHours.isEmpty()) {
                Messages.field("sla:around-the-clock", "Open at least one day, or choose around the clock.");
                return;
            }
        }
        change.holidays = new ArrayList<>();
        for (String line : (holidays == null ? "" : holidays).split("\\R")) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+", 2);
                PolicyDocument.Holiday holiday = new PolicyDocument.Holiday();
                holiday.date = parts[0];
                holiday.name = parts.length > 1 ? parts[1] : null;
                change.holidays.add(holiday);
            }
        }
        change.targets = new ArrayList<>();
        for (Target row : targets) {
            PolicyDocument.Target target = new PolicyDocument.Target();
            target.priority = row.priority;
            target.firstResponseMinutes = minutes(row.firstResponseHours);
            target.resolutionMinutes = minutes(row.resolutionHours);
            change.targets.add(target);
        }
        change.atRiskPercent = atRiskPercent;
        change.escalation = new PolicyDocument.EscalationRule();
        change.escalation.raisePriority = raisePriority;
        change.escalation.toSupervisor = toSupervisor;
        try {
            show(settings.change(change));
            Messages.info("Service levels saved", "They apply to tickets opened or re-prioritised from now on.");
        } catch (RuleViolation refused) {
            Messages.field(fieldOf(refused.field()), refused.getMessage());
        }
    }

    /** The form field a refusal is about: the targets and days by their row, the rest by name. */
    private String fieldOf(String field) {
        if (field == null) {
            return "sla:save";
        }
        if (field.startsWith("targets[")) {
            int row = Integer.parseInt(field.substring(8, field.indexOf(']')));
            return "sla:" + targets.get(row).getKey() + (field.endsWith("resolutionMinutes") ? "-resolution"
                    : "-first-response");
        }
        if (field.startsWith("holidays")) {
            return "sla:holidays";
        }
        if (field.startsWith("businessHours")) {
            return "sla:around-the-clock";
        }
        return switch (field) {
            case "timeZone" -> "sla:time-zone";
            case "atRiskPercent" -> "sla:at-risk";
            default -> "sla:save";
        };
    }

    private static Long minutes(Double hours) {
        return hours == null ? null : Math.round(hours * 60);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isAroundTheClock() {
        return aroundTheClock;
    }

    public void setAroundTheClock(boolean aroundTheClock) {
        this.aroundTheClock = aroundTheClock;
    }

    public List<Day> getDays() {
        return days;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public int getAtRiskPercent() {
        return atRiskPercent;
    }

    public void setAtRiskPercent(int atRiskPercent) {
        this.atRiskPercent = atRiskPercent;
    }

    public boolean isRaisePriority() {
        return raisePriority;
    }

    public void setRaisePriority(boolean raisePriority) {
        this.raisePriority = raisePriority;
    }

    public boolean isToSupervisor() {
        return toSupervisor;
    }

    public void setToSupervisor(boolean toSupervisor) {
        this.toSupervisor = toSupervisor;
    }
}
