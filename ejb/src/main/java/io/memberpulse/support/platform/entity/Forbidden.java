package io.memberpulse.support.platform.entity;

/** The caller's role lacks the capability (403); used where the rule depends on the data, not just the role. */
public class Forbidden extends BusinessException {

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
