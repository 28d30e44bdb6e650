package io.memberpulse.support.api.tickets;

import io.memberpulse.support.api.platform.ApiProblem;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueItem;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.TicketQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Reads the queue's query parameters, answering 400 with the parameter's name for anything it cannot read. */
final class QueueParameters {

    private QueueParameters() {
    }

    static <E extends Enum<E>> Set<E> enums(String field, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.badField(field, "Unknown " + field + " '" + part.trim() + "'; use one of "
                            + EnumSet.allOf(type) + ".");
                }
            }
        }
        return result;
    }

    static Set<Status> statuses(List<String> values) {
        return enums("status", values, Status.class);
    }

    /** Priorities, also in the seeds' words (MEDIUM, CRITICAL). */
    static Set<Priority> priorities(List<String> values) {
        Set<Priority> result = EnumSet.noneOf(Priority.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(priority("priority", part));
                }
            }
        }
        return result;
    }

    static Priority priority(String field, String value) {
        try {
            return Priority.parse(value, field);
        } catch (RuleViolation unknown) {
            throw ApiProblem.badField(field, unknown.getMessage());
        }
    }

    static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField(field, field + " must be an id (a UUID).");
        }
    }

    /** An instant ({@code 2026-11-23T10:00:00Z}) or a day ({@code 2026-11-23}, meaning its start in UTC). */
    static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badField(field, field + " must be a date (2026-11-23) or an instant (2026-11-23T10:00:00Z).");
        }
    }

    static TicketQuery.Assignee assignee(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "me" -> new TicketQuery.Assignee(null, true, false);
            case "unassigned", "none" -> new TicketQuery.Assignee(null, false, true);
            default -> new TicketQuery.Assignee(uuid("assignee", value), false, false);
        };
    }

    static TicketQuery.View view(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return one("view", value, TicketQuery.View.class);
    }

    static TicketQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return TicketQuery.Sort.UPDATED_DESC;
        }
        return switch (value.trim()) {
            case "-updatedAt", "updatedAt,desc" -> TicketQuery.Sort.UPDATED_DESC;
            case "updatedAt", "updatedAt,asc" -> TicketQuery.Sort.UPDATED_ASC;
            case "-createdAt", "createdAt,desc" -> TicketQuery.Sort.CREATED_DESC;
            case "createdAt", "createdAt,asc" -> TicketQuery.Sort.CREATED_ASC;
            case "due", "dueAt", "due,asc" -> TicketQuery.Sort.DUE_ASC;
            default -> throw ApiProblem.badField("sort", "Sort by updatedAt or createdAt (a leading '-' is newest "
                    + "first), or by due (the earliest service-level due date first).");
        };
    }

    static int limit(Integer value) {
        if (value == null) {
            return 50;
        }
        if (value < 1 || value > TicketQuery.MAX_LIMIT) {
            throw ApiProblem.badField("limit", "limit is 1 to " + TicketQuery.MAX_LIMIT + ".");
        }
        return value;
    }

    /** The cursor is opaque to callers: the sort time and id of the last row, so no page is ever skipped. */
    static String cursorAfter(QueueItem last, TicketQuery.Sort sort) {
        Instant at = switch (sort) {
            case CREATED_ASC, CREATED_DESC -> last.createdAt();
            case DUE_ASC -> last.sla().dueAt();
            default -> last.updatedAt();
        };
        String raw = at.getEpochSecond() + "." + at.getNano() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TicketQuery.Cursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            String[] time = parts[0].split("\\.");
            return new TicketQuery.Cursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                    UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ApiProblem.badField("cursor", "This cursor was not made by this API; start from the first page.");
        }
    }

    private static <E extends Enum<E>> E one(String field, String value, Class<E> type) {
        Set<E> values = enums(field, List.of(value), type);
        if (values.size() != 1) {
            throw ApiProblem.badField(field, "Give one " + field + ".");
        }
        return values.iterator().next();
    }
}
