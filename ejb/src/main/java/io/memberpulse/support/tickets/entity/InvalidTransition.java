package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.Conflict;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A status move the workflow forbids (409); the caller is told which moves are allowed from here. */
public class InvalidTransition extends Conflict {

    private final Status from;
    private final Set<Status> allowed;

    public InvalidTransition(Status from, Status to) {
        super("A ticket cannot move from " + from + " to " + to + ". Allowed from " + from + ": "
                + new TreeSet<>(from.allowedMoves()) + ".");
        this.from = from;
        this.allowed = new TreeSet<>(from.allowedMoves());
    }

    public Status from() {
        return from;
    }

    public Set<Status> allowed() {
        return allowed;
    }

    /** The status it is in, and where it may go from there. */
    @Override
    public Map<String, Object> details() {
        return Map.of("from", from.name(), "allowedMoves", allowed.stream().map(Enum::name).toList());
    }
}
