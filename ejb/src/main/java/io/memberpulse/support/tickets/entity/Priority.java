package io.memberpulse.support.tickets.entity;

import java.time.Duration;

/**
 * Ticket priorities with their first-response targets (seed 002; Urgent per ARCHITECTURE). Members choose from
 * Low, Normal and High; Urgent is set by staff or escalation.
 */
public enum Priority {
    LOW(Duration.ofHours(48)),
    NORMAL(Duration.ofHours(24)),
    HIGH(Duration.ofHours(4)),
    URGENT(Duration.ofHours(1));

    private final Duration firstResponse;

    Priority(Duration firstResponse) {
        this.firstResponse = firstResponse;
    }

    public Duration firstResponse() {
        return firstResponse;
    }

    public boolean memberMayChoose() {
        return this != URGENT;
    }
}
