package io.memberpulse.support.tickets.entity;

/** Where a ticket came from (seed 004). */
public enum Channel {
    PORTAL, EMAIL, PHONE, INTERNAL, MONITORING, API;

    /** The ways staff record a ticket for someone else (seed 004). */
    public boolean staffMayRecord() {
        return this == EMAIL || this == PHONE || this == INTERNAL || this == MONITORING;
    }
}
