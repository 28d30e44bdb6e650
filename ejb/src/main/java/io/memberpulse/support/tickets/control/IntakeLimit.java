package io.memberpulse.support.tickets.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.platform.entity.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many tickets a member may submit in a window of time. Counted from the member's own tickets in the
 * database (index on requester and creation time), so the limit holds across every node of a cluster without a
 * shared counter.
 */
@ApplicationScoped
public class IntakeLimit {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "memberpulse.intake.max-per-window", defaultValue = "10")
    int maxPerWindow;

    @Inject
    @ConfigProperty(name = "memberpulse.intake.window-minutes", defaultValue = "10")
    int windowMinutes;

    public void check(Account member, Instant now) {
        Instant since = now.minus(Duration.ofMinutes(windowMinutes));
        List<Instant> recent = em.createQuery("SELECT t.createdAt FROM Ticket t WHERE t.requester = :member "
                        + "AND t.createdAt > :since ORDER BY t.createdAt", Instant.class)
                .setParameter("member", member).setParameter("since", since)
                .setMaxResults(maxPerWindow).getResultList();
        if (recent.size() >= maxPerWindow) {
            Duration wait = Duration.between(now, recent.get(0).plus(Duration.ofMinutes(windowMinutes)));
            throw new TooManyRequests("You have submitted " + maxPerWindow + " tickets in the last " + windowMinutes
                    + " minutes; please wait before submitting another.", wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
    }
}
