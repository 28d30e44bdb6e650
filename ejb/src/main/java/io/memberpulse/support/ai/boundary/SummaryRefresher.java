package io.memberpulse.support.ai.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.ai.control.SummaryMaker;
import io.memberpulse.support.ai.entity.AssistantSettings;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketActivity;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps summaries current in the background: when a message or a status change of a ticket was committed, a new
 * version is made on another thread, outside the request that caused it, so the agent who opens the ticket finds
 * it ready and the member's or agent's request never waits for a provider. Only tickets somebody already had
 * summarised: a ticket nobody looked at gets its first summary when first read, so an outside provider is not asked
 * about every message of every ticket.
 */
@Stateless
@PermitAll
public class SummaryRefresher {

    private static final Logger LOG = Logger.getLogger(SummaryRefresher.class.getName());

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    ClientDirectory clients;

    @Inject
    SummaryMaker maker;

    @Inject
    SummaryRefresher self;

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketActivity activity) {
        self.refresh(activity);
    }

    @Asynchronous
    public void refresh(TicketActivity activity) {
        try {
            tenant.enter(activity.clientId());
            AssistantSettings settings = clients.byId(activity.clientId()).map(SummaryMaker::settingsOf).orElse(null);
            Ticket ticket = em.find(Ticket.class, activity.ticketId());
            if (settings != null && Boolean.TRUE.equals(settings.summary()) && ticket != null && maker.exists(ticket)) {
                maker.current(ticket, settings);
            }
        } catch (RuntimeException failed) {
            // the summary is made again when next read; nothing the member or agent did is affected
            LOG.log(Level.WARNING, "Summary of ticket " + activity.ticketId() + " not refreshed", failed);
        }
    }
}
