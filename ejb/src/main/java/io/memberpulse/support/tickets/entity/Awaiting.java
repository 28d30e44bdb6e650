package io.memberpulse.support.tickets.entity;

/** Whose turn it is to write: STAFF means the member spoke last and the ticket needs a response. */
public enum Awaiting {
    STAFF, MEMBER
}
