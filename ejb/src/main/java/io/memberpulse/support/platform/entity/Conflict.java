package io.memberpulse.support.platform.entity;

/** The request clashes with the current state: a stale version, a duplicate name, a forbidden move. */
public class Conflict extends BusinessException {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
