package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.RuleViolation;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A ticket's tags: lower-case, trimmed, 1 to {@link #LENGTH} characters each, at most {@link #MAX} of them. */
public record Tags(Set<String> values) {

    public static final int LENGTH = 40;
    public static final int MAX = 20;

    public static Tags of(Collection<String> tags) {
        Set<String> clean = new TreeSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String trimmed = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty() || trimmed.length() > LENGTH) {
                    throw new RuleViolation("tags", "Tags have 1 to " + LENGTH + " characters.");
                }
                clean.add(trimmed);
            }
        }
        if (clean.size() > MAX) {
            throw new RuleViolation("tags", "At most " + MAX + " tags.");
        }
        return new Tags(Set.copyOf(clean));
    }

    public static Tags none() {
        return new Tags(Set.of());
    }
}
