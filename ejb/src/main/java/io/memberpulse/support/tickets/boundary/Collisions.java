package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.TicketViewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The collision notice: an agent with a ticket open says so every few seconds (and whether they are writing a
 * reply), and hears who else has it open. Kept in the database so agents on different nodes see each other.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class Collisions {

    /** How long a sign of life counts: a few missed refreshes of the page. */
    static final Duration WINDOW = Duration.ofSeconds(20);

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    VisibleTickets visible;

    @Inject
    CurrentAccount caller;

    @Inject
    Clock clock;

    /** Another agent with the ticket open, and whether they are writing a reply. */
    public record Viewer(String name, boolean replying) {
    }

    public List<Viewer> here(UUID ticketId, boolean replying) {
        visible.find(ticketId);
        UUID me = caller.id();
        Instant now = clock.instant();
        TicketViewer.Key key = new TicketViewer.Key(ticketId, me);
        TicketViewer mine = em.find(TicketViewer.class, key);
        if (mine == null) {
            // the same agent opening the ticket twice at once (two tabs, a double click) both found no row and both
            // inserted it: one got a duplicate key and an error page. Their own account row, locked until commit,
            // makes one wait and then find the other's row; other agents are not held up. Only the first sign of
            // life needs it: every later one (each refresh of an open ticket) finds its row and just updates it.
            em.find(Account.class, me, LockModeType.PESSIMISTIC_WRITE);
            mine = em.find(TicketViewer.class, key);
        }
        if (mine == null) {
            mine = new TicketViewer(ticketId, me);
            mine.seen(replying, now);
            em.persist(mine);
        } else {
            mine.seen(replying, now);
        }
        List<TicketViewer> others = em.createNamedQuery(TicketViewer.OTHERS, TicketViewer.class)
                .setParameter("ticket", ticketId).setParameter("me", me).setParameter("since", now.minus(WINDOW))
                .getResultList();
        if (others.isEmpty()) {
            return List.of();
        }
        Map<UUID, Account> names = em.createNamedQuery(Account.BY_IDS, Account.class)
                .setParameter("ids", others.stream().map(TicketViewer::accountId).toList()).getResultStream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        return others.stream().filter(v -> names.containsKey(v.accountId()))
                .map(v -> new Viewer(names.get(v.accountId()).displayName(), v.replying())).toList();
    }

    /** The agent left the ticket: the others stop seeing them at once. */
    public void gone(UUID ticketId) {
        TicketViewer mine = em.find(TicketViewer.class, new TicketViewer.Key(ticketId, caller.id()));
        if (mine != null) {
            em.remove(mine);
        }
    }
}
