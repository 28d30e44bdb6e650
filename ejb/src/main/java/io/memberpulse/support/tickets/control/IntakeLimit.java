package io.memberpulse.support.tickets.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.platform.entity.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many tickets a member may submit in a window of time, counted from the member's own tickets in the database
 * (index on requester and creation time).
 *
 * <p>The trap: a count is only a limit if nobody else submits for the same member between the count and the
 * commit. Without a lock a burst of 30 concurrent submissions all counted the same 0..9 earlier tickets and 15 got
 * in. {@link #claim} therefore locks the member's account row first (SELECT ... FOR UPDATE): that member's
 * submissions take turns until each commits, on one node or many, because the lock is the database's. Other
 * members are not held up. The same lock makes an Idempotency-Key retry see the first attempt's key.
 */
@ApplicationScoped
public class IntakeLimit {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TicketQueries queries;

    @Inject
    @ConfigProperty(name = "memberpulse.intake.max-per-window", defaultValue = "10")
    int maxPerWindow;

    @Inject
    @ConfigProperty(name = "memberpulse.intake.window-minutes", defaultValue = "10")
    int windowMinutes;

    /** Holds the member's intake turn until the transaction ends; answers the member's account, as locked. */
    public Account claim(UUID memberId) {
        return em.find(Account.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Refuses with 429 and the wait when the member has used up the window; call after {@link #claim}. */
    public void check(UUID memberId, Instant now) {
        Duration window = Duration.ofMinutes(windowMinutes);
        // the window is full when its max-th most recent submission is in it; a turn frees when that one leaves
        Optional<Instant> limiting = queries.nthSubmissionSince(memberId, now.minus(window), maxPerWindow);
        if (limiting.isPresent()) {
            Duration wait = Duration.between(now, limiting.get().plus(window));
            throw new TooManyRequests("You have submitted " + maxPerWindow + " tickets in the last " + windowMinutes
                    + " minutes; please wait before submitting another.",
                    wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }
}
