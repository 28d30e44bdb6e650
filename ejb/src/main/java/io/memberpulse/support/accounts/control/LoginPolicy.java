package io.memberpulse.support.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many wrong passwords in a row lock an account, and for how long. */
@ApplicationScoped
public class LoginPolicy {

    @Inject
    @ConfigProperty(name = "memberpulse.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "memberpulse.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lock() {
        return Duration.ofMinutes(lockMinutes);
    }
}
