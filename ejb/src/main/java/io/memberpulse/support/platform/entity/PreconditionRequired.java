package io.memberpulse.support.platform.entity;

/** A change to something versioned, sent without saying which version the caller read (428). */
public class PreconditionRequired extends BusinessException {

    public PreconditionRequired(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 428;
    }

    @Override
    public String title() {
        return "Precondition required";
    }
}
