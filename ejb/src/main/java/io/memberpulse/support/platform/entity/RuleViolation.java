package io.memberpulse.support.platform.entity;

/** A well-formed request that a business rule refuses (422). */
public class RuleViolation extends BusinessException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the rule is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Rule violated";
    }
}
