package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.RuleViolation;

/**
 * A description, reply or note: rich text sanitised on the way in, with its plain words for search. Not empty and
 * at most {@link #LENGTH} characters of sanitised HTML, whoever writes it (member, staff, demo data).
 */
public record MessageBody(String html, String text) {

    public static final int LENGTH = 65_535;

    /** @param field the request field to name when the body is refused ({@code description}, {@code body}) */
    public static MessageBody of(String untrustedHtml, String field) {
        if (untrustedHtml != null && untrustedHtml.length() > 4 * LENGTH) {
            throw tooLong(field);
        }
        String html = RichText.sanitise(untrustedHtml);
        String text = RichText.plain(html);
        if (html == null || text.isEmpty()) {
            throw new RuleViolation(field, "Write something: the " + (field.equals("description") ? "description"
                    : "message") + " is empty.");
        }
        if (html.length() > LENGTH) {
            throw tooLong(field);
        }
        return new MessageBody(html, text);
    }

    private static RuleViolation tooLong(String field) {
        return new RuleViolation(field, "The text is too long: at most " + LENGTH + " characters.");
    }
}
