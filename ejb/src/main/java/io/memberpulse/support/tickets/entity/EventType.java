package io.memberpulse.support.tickets.entity;

/** What a history entry records. Internal ones are never shown to the member. */
public enum EventType {
    CREATED(false),
    STATUS_CHANGED(false),
    REOPENED(false),
    REPLY_ADDED(false),
    CATEGORY_CHANGED(false),
    SUBJECT_CHANGED(false),
    PRIORITY_CHANGED(true),
    ASSIGNEE_CHANGED(true),
    TAGS_CHANGED(true),
    NOTE_ADDED(true),
    MERGED(true),
    DUE_CHANGED(true),
    SLA_BREACHED(true);

    private final boolean internal;

    EventType(boolean internal) {
        this.internal = internal;
    }

    public boolean internal() {
        return internal;
    }
}
