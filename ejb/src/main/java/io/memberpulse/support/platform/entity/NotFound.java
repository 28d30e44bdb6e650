package io.memberpulse.support.platform.entity;

/** Absent, or belonging to another client: the two are indistinguishable on purpose. */
public class NotFound extends BusinessException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
