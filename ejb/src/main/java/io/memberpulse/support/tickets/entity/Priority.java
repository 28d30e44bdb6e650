package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.RuleViolation;
import java.util.List;
import java.util.Locale;

/**
 * Ticket priorities (seed 002; Urgent per ARCHITECTURE); their targets are the client's SLA policy. Members choose from
 * Low, Normal and High; Urgent is set by staff or escalation.
 */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** The "urgent" quick view and count: high and urgent tickets. */
    public static final List<Priority> PRESSING = List.of(HIGH, URGENT);

    /** One step up, as an escalation raises it; Urgent stays Urgent. */
    public Priority next() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }

    /**
     * A priority by name, also in the seeds' words (MEDIUM is Normal, CRITICAL is Urgent), case-insensitive.
     *
     * @param field the request field to name when the value is unknown
     */
    public static Priority parse(String value, String field) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "MEDIUM" -> NORMAL;
            case "CRITICAL" -> URGENT;
            case "LOW", "NORMAL", "HIGH", "URGENT" -> valueOf(name);
            default -> throw new RuleViolation(field, "Unknown priority '" + value
                    + "'; use LOW, NORMAL (or MEDIUM), HIGH or URGENT (or CRITICAL).");
        };
    }

    public boolean memberMayChoose() {
        return this != URGENT;
    }
}
