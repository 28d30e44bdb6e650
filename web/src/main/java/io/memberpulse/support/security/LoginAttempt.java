package io.memberpulse.support.security;

import io.memberpulse.support.accounts.entity.SignIn;
import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the outcome of this request's sign-in from the identity store back to the sign-in page, which must say
 * "locked" apart from "wrong e-mail or password" (and nothing more precise than that).
 */
@RequestScoped
public class LoginAttempt {

    private SignIn outcome;

    public void record(SignIn outcome) {
        this.outcome = outcome;
    }

    public SignIn outcome() {
        return outcome;
    }
}
