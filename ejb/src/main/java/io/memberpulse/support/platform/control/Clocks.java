package io.memberpulse.support.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the domain, so that time-based rules (lock-outs, SLAs) can be tested with a fixed one. */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
