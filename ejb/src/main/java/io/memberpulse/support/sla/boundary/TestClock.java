package io.memberpulse.support.sla.boundary;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.Clocks;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.boundary.AutoClose;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock tests and demos move ({@code MEMBERPULSE_TEST_CLOCK=true}): an administrator advances it, and the
 * rules that act on their own (breach scan, auto-close) run at once on the moved time. It refuses to start
 * against an outside database unless told that database is a throw-away one, so a production server cannot have
 * its time moved by accident.
 */
@Startup
@Singleton
public class TestClock {

    private static final Logger LOG = Logger.getLogger(TestClock.class.getName());
    /** The furthest one call moves: a year. */
    private static final Duration MAX_STEP = Duration.ofDays(366);

    @Inject
    Clocks clocks;

    @Inject
    @ConfigProperty(name = "memberpulse.db-url")
    Optional<String> outsideDatabase;

    @Inject
    @ConfigProperty(name = "memberpulse.test-clock-allow-database", defaultValue = "false")
    boolean allowDatabase;

    @Inject
    SlaScan breaches;

    @Inject
    AutoClose autoClose;

    @PostConstruct
    void refuseOnRealDatabase() {
        if (!clocks.movable()) {
            return;
        }
        if (outsideDatabase.filter(url -> !url.isBlank()).isPresent() && !allowDatabase) {
            throw new IllegalStateException("MEMBERPULSE_TEST_CLOCK=true moves time for tests and demos only, and "
                    + "MEMBERPULSE_DB_URL names an outside database: unset MEMBERPULSE_TEST_CLOCK, or set "
                    + "MEMBERPULSE_TEST_CLOCK_ALLOW_DATABASE=true if that database is a throw-away test one.");
        }
        LOG.warning("The movable test clock is on (MEMBERPULSE_TEST_CLOCK=true): administrators can move this "
                + "server's time through POST /api/test/clock. Never use it in production.");
    }

    public record Moved(Instant now, int escalated) {
    }

    /** Moves time forward and runs the scans on the new time; absent (404) unless the test clock is on. */
    @RolesAllowed(Role.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Moved advance(Duration by) {
        if (!clocks.movable()) {
            throw new NotFound("The test clock", "of this server");
        }
        if (by == null || by.isNegative() || by.isZero() || by.compareTo(MAX_STEP) > 0) {
            throw new RuleViolation("advance", "Move the clock forward by an ISO-8601 duration from PT1S to P366D, "
                    + "such as PT4H.");
        }
        Instant now = clocks.advance(by);
        int escalated = breaches.scan();
        autoClose.scan();
        return new Moved(now, escalated);
    }
}
