package io.memberpulse.support.accounts.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of checking a client, e-mail and password. A wrong client, an unknown e-mail and a wrong password
 * are one outcome, so that nobody can learn which accounts exist.
 */
public record SignIn(Outcome outcome, UUID clientId, String clientSlug, Account account, Instant lockedUntil) {

    /**
     * DEACTIVATED and SUSPENDED are only told to someone who gave the right password: they learn nothing about
     * accounts they could not sign in to anyway.
     */
    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED, DEACTIVATED, SUSPENDED }

    public static SignIn refused(Outcome outcome) {
        return new SignIn(outcome, null, null, null, null);
    }

    public static SignIn wrongCredentials() {
        return new SignIn(Outcome.WRONG_CREDENTIALS, null, null, null, null);
    }

    public static SignIn locked(Instant until) {
        return new SignIn(Outcome.LOCKED, null, null, null, until);
    }

    public static SignIn signedIn(Client client, Account account) {
        return new SignIn(Outcome.SIGNED_IN, client.id(), client.slug(), account, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
