package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.RuleViolation;

/** A ticket's subject: trimmed, 1 to {@link #LENGTH} characters. Checked here once, for every way in. */
public record Subject(String text) {

    public static final int LENGTH = 200;

    public Subject {
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > LENGTH) {
            throw new RuleViolation("subject", "A subject of 1 to " + LENGTH + " characters is required.");
        }
    }

    public static Subject of(String text) {
        return new Subject(text);
    }
}
