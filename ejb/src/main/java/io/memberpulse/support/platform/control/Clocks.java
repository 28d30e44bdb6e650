package io.memberpulse.support.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the domain, so that time-based rules (lock-outs, SLAs, auto-close) can be tested with a fixed one.
 * With {@code MEMBERPULSE_TEST_CLOCK=true} (tests and demos only) it is the system clock plus an offset that
 * {@link #advance} moves forward; this node's time only, never the database's.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "memberpulse.test-clock", defaultValue = "false")
    boolean movable;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Produces
    public Clock clock() {
        return movable ? new Moved(ZoneOffset.UTC) : Clock.systemUTC();
    }

    public boolean movable() {
        return movable;
    }

    /** Moves the movable clock forward; the time it shows now. */
    public Instant advance(Duration by) {
        if (!movable) {
            throw new IllegalStateException("the clock moves only with MEMBERPULSE_TEST_CLOCK=true");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return clock().instant();
    }

    private final class Moved extends Clock {
        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moved(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
