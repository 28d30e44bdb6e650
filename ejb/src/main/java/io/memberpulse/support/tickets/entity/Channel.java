package io.memberpulse.support.tickets.entity;

/** Where a ticket came from (seed 004). */
public enum Channel {
    PORTAL, EMAIL, PHONE, INTERNAL, API
}
