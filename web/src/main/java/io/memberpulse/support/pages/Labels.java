package io.memberpulse.support.pages;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.entity.EventType;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words pages use for statuses, priorities, roles and times: one place, so console and portal say the same. */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public static String status(Status status) {
        return status == null ? "" : switch (status) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case WAITING_ON_MEMBER -> "Waiting on member";
            case WAITING_ON_THIRD_PARTY -> "Waiting on third party";
            case RESOLVED -> "Resolved";
            case CLOSED -> "Closed";
        };
    }

    /** A member reads "waiting for you" where staff read "waiting on member". */
    public static String statusForMember(Status status) {
        return status == Status.WAITING_ON_MEMBER ? "Waiting for you" : status(status);
    }

    public static String priority(Priority priority) {
        return priority == null ? "" : switch (priority) {
            case LOW -> "Low";
            case NORMAL -> "Normal";
            case HIGH -> "High";
            case URGENT -> "Urgent";
        };
    }

    public static String role(Role role) {
        return role == null ? "" : switch (role) {
            case ROLE_CLIENT_ADMIN -> "Administrator";
            case ROLE_CLIENT_USER -> "Support agent";
            case ROLE_MEMBER -> "Member";
            case ROLE_PLATFORM_OPERATOR -> "Platform operator";
        };
    }

    public static String event(EventType type) {
        return type == null ? "" : type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT)
                .replace('_', ' ');
    }

    public String of(Status status) {
        return status(status);
    }

    public String forMember(Status status) {
        return statusForMember(status);
    }

    public String of(Priority priority) {
        return priority(priority);
    }

    public String of(Role role) {
        return role(role);
    }

    public String eventOf(EventType type) {
        return event(type);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** The ISO instant for a &lt;time datetime&gt; attribute. */
    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    public String statusClass(Status status) {
        return status == null ? "" : "mp-status mp-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String priorityClass(Priority priority) {
        return priority == null ? "" : "mp-priority mp-priority-" + priority.name().toLowerCase(Locale.ROOT);
    }

    /** A ticket's service level in words: "At risk · 45 min left", "Overdue by 2 h", "Paused". */
    public String sla(SlaView sla) {
        if (sla == null) {
            return "";
        }
        Long left = sla.remainingMinutes();
        return switch (sla.state()) {
            case ON_TRACK -> "On track · " + span(left) + " left";
            case AT_RISK -> "At risk · " + span(left) + " left";
            case BREACHED -> left == null ? "Breached" : "Overdue by " + span(-left);
            case PAUSED -> "Paused · " + span(left) + " left";
            case MET -> "Met";
        };
    }

    /** The same, short, for a queue cell: "Overdue 2 h", "At risk 45 min", "3 h left". */
    public String slaShort(SlaView sla) {
        if (sla == null) {
            return "";
        }
        Long left = sla.remainingMinutes();
        return switch (sla.state()) {
            case ON_TRACK -> span(left) + " left";
            case AT_RISK -> "At risk " + span(left);
            case BREACHED -> left == null ? "Breached" : "Overdue " + span(-left);
            case PAUSED -> "Paused";
            case MET -> "Met";
        };
    }

    public String slaClass(SlaView sla) {
        return sla == null ? "" : "mp-sla mp-sla-" + sla.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Business minutes as people say them: 45 min, 3 h, 2 d 4 h (a day being 24 business hours). */
    static String span(Long minutes) {
        long m = minutes == null ? 0 : Math.max(0, minutes);
        if (m < 60) {
            return m + " min";
        }
        long hours = m / 60;
        if (hours < 48) {
            return hours + " h";
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
