package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.boundary.DatabaseMigrations;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Closes resolved tickets once their client's auto-close period has passed (seed 003; 7 days unless the client
 * chose otherwise, 0 for never). The schedule is non-persistent, so it fires on every node (persistent-timer
 * fail-over is broken on Micro, see PLATFORM-NOTES): each scan locks the tickets it reads, and a node that waited
 * for another's lock sees them closed and leaves them, so a ticket closes once however many nodes scan.
 */
@Stateless
public class AutoClose {

    private static final Logger LOG = Logger.getLogger(AutoClose.class.getName());
    /** Tickets closed per client and transaction; the next scan takes the rest. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    ClientDirectory clients;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @Resource
    SessionContext self;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyTenMinutes() {
        if (!DatabaseMigrations.migrated()) {
            return;
        }
        scan();
    }

    /** Every client's due tickets, now (the schedule, and the movable test clock after it moved). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scan() {
        for (Client client : clients.autoClosing()) {
            int closed = self.getBusinessObject(AutoClose.class).closeDue(client.id(), client.autoCloseDays());
            if (closed > 0) {
                LOG.info(() -> "Auto-closed " + closed + " resolved tickets of client " + client.slug());
            }
        }
    }

    /** The scan for the administrator's own client, now rather than at the next schedule; the number closed. */
    @RolesAllowed(Role.ADMIN)
    public int closeDueNow() {
        Client mine = clients.byId(tenant.current().orElseThrow()).orElseThrow();
        return mine.autoCloseDays() == 0 ? 0 : closeDue(mine.id(), mine.autoCloseDays());
    }

    /** One client's due tickets, in a transaction of their own so that one client's failure stops no other. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int closeDue(UUID clientId, int days) {
        tenant.enter(clientId);
        Instant now = clock.instant();
        Duration period = Duration.ofDays(days);
        int closed = 0;
        // the batch is found first and locked second: a row limit and FOR UPDATE in one statement is SQL that H2
        // (the embedded mode) refuses in the order EclipseLink writes it
        List<UUID> due = em.createNamedQuery(Ticket.RESOLVED_BEFORE, UUID.class)
                .setParameter("resolved", Status.RESOLVED).setParameter("cutoff", now.minus(period))
                .setMaxResults(BATCH).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        for (Ticket ticket : em.createNamedQuery(Ticket.WITH_IDS, Ticket.class).setParameter("ids", due)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            var event = ticket.closeIfResolvedFor(period, now);
            if (event.isPresent()) {
                em.persist(event.get());
                closed++;
            }
        }
        return closed;
    }
}
