package io.memberpulse.support.platform.entity;

/** A capability that is switched off or whose outside service is down (503); the rest still works. */
public class Unavailable extends BusinessException {

    public Unavailable(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
