package io.memberpulse.support.tickets.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The workflow (ARCHITECTURE "Statuses"): Open → In Progress / Resolved; In Progress → Waiting (either) / Resolved;
 * Waiting → In Progress; Resolved → Closed; and any status back to Open (reopen).
 */
public enum Status {
    OPEN,
    IN_PROGRESS,
    WAITING_ON_MEMBER,
    WAITING_ON_THIRD_PARTY,
    RESOLVED,
    CLOSED;

    /** Still being worked on: what the queue's numbers and "needs a response" count. */
    public static final List<Status> ACTIVE = List.of(OPEN, IN_PROGRESS, WAITING_ON_MEMBER, WAITING_ON_THIRD_PARTY);

    /** Finished, for now: resolved or closed. */
    public static final List<Status> DONE = List.of(RESOLVED, CLOSED);

    public Set<Status> allowedMoves() {
        Set<Status> moves = switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(WAITING_ON_MEMBER, WAITING_ON_THIRD_PARTY, RESOLVED);
            case WAITING_ON_MEMBER, WAITING_ON_THIRD_PARTY -> EnumSet.of(IN_PROGRESS);
            case RESOLVED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(Status.class);
        };
        if (this != OPEN) {
            moves.add(OPEN);
        }
        return moves;
    }

    public boolean canMoveTo(Status target) {
        return allowedMoves().contains(target);
    }

    public boolean isWaiting() {
        return this == WAITING_ON_MEMBER || this == WAITING_ON_THIRD_PARTY;
    }

    public boolean isDone() {
        return DONE.contains(this);
    }
}
