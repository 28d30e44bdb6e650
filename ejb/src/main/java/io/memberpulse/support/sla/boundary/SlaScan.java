package io.memberpulse.support.sla.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.platform.boundary.DatabaseMigrations;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.sla.control.SlaClock;
import io.memberpulse.support.sla.entity.SlaPolicy;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Finds breached service levels and escalates each exactly once. Every node runs the scan each minute (a
 * non-persistent schedule: persistent-timer fail-over is broken on Micro, PLATFORM-NOTES) over the indexed
 * {@code sla_check_at}; there is no timer per ticket. A scan locks the due tickets it read and re-checks each under
 * the lock, and recording a breach moves the ticket's check time on, so a node that waited for another's lock
 * finds nothing left to do.
 */
@Stateless
public class SlaScan {

    private static final Logger LOG = Logger.getLogger(SlaScan.class.getName());
    /** Tickets handled per client and transaction; the next scan takes the rest. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    ClientDirectory clients;

    @Inject
    TenantContext tenant;

    @Inject
    ServiceLevels levels;

    @Inject
    Clock clock;

    @Resource
    SessionContext self;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        if (!DatabaseMigrations.migrated()) {
            return;
        }
        scan();
    }

    /** Every client's breaches, now; the number of tickets escalated. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scan() {
        int total = 0;
        for (Client client : clients.serving()) {
            int handled;
            do {
                handled = self.getBusinessObject(SlaScan.class).breachDue(client.id());
                total += handled;
            } while (handled == BATCH);
        }
        return total;
    }

    /** One client's breached tickets, in a transaction of their own so that one client's failure stops no other. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int breachDue(UUID clientId) {
        tenant.enter(clientId);
        Instant now = clock.instant();
        // found first and locked second, as in AutoClose: H2 refuses a row limit with FOR UPDATE
        List<UUID> due = em.createNamedQuery(Ticket.SLA_DUE, UUID.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        SlaPolicy policy = levels.current();
        Account takeover = policy.escalation().reassignTo() == null ? null
                : em.find(Account.class, policy.escalation().reassignTo());
        int escalated = 0;
        for (Ticket ticket : em.createNamedQuery(Ticket.WITH_IDS, Ticket.class).setParameter("ids", due)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            List<SlaClock.Breach> breaches = SlaClock.breach(ticket, policy, now);
            if (breaches.isEmpty()) {
                continue;
            }
            breaches.forEach(breach -> em.persist(ticket.breached(breach.target(), breach.due(), now)));
            String reason = "Escalated: " + breaches.stream().map(SlaClock.Breach::target)
                    .collect(Collectors.joining(" and ")) + " overdue";
            if (policy.escalation().raisePriority()) {
                save(ticket.escalate(reason, now));
            }
            Account handler = policy.escalation().toSupervisor() ? supervisorOf(ticket) : null;
            if (handler == null && takeover != null && takeover.isActive() && takeover.role().isStaff()) {
                handler = takeover;
            }
            if (handler != null) {
                save(ticket.assignAutomatically(handler, reason, now));
            }
            escalated++;
            LOG.fine(() -> reason + ": " + ticket.number());
        }
        return escalated;
    }

    /** The active supervisor of the ticket's team, or null. */
    private Account supervisorOf(Ticket ticket) {
        Team team = ticket.teamId() == null ? null : em.find(Team.class, ticket.teamId());
        Account supervisor = team == null ? null : team.supervisor();
        return supervisor != null && supervisor.isActive() ? supervisor : null;
    }

    private void save(TicketEvent event) {
        if (event != null) {
            em.persist(event);
        }
    }
}
