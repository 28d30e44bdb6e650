package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.RuleViolation;

/** A password link that does not exist, has expired or was used already; the three look the same on purpose. */
public class LinkNotUsable extends RuleViolation {

    public LinkNotUsable() {
        super("token", "This link has expired or was already used. Ask your administrator for a new one.");
    }
}
