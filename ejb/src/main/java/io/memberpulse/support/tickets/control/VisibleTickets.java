package io.memberpulse.support.tickets.control;

import io.memberpulse.support.accounts.control.Capabilities;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.Visibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.config.CacheUsage;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * The caller's {@link Visibility}, and the one way any component reaches a single ticket: absent (404) unless the
 * caller may see it, exactly as the lists would leave it out.
 */
@RequestScoped
public class VisibleTickets {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    Capabilities capabilities;

    private Visibility visibility;

    public Visibility visibility() {
        if (visibility == null) {
            // from the caller as resolved at sign-in: reading the queue needs no read of the caller's account
            UUID me = caller.id();
            visibility = caller.isMember() ? Visibility.requester(me)
                    : capabilities.has(Capability.VIEW_ALL) ? Visibility.everything(me)
                    : Visibility.ownAndTeams(me, Set.copyOf(em.createNamedQuery(Team.IDS_OF_MEMBER, UUID.class)
                            .setParameter("account", me).getResultList()));
        }
        return visibility;
    }

    /**
     * A ticket by the number people use (pages link by it), read as {@link #find(UUID)} reads it, in one statement,
     * and absent on the same rule. Absent or hidden, the answer names only the number asked for: a hidden ticket's id
     * would tell that it exists.
     */
    public Ticket findByNumber(String number) {
        String wanted = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        // read as one object: read as a list, the joined tags were fetched and then read again by the tags' batch
        // fetch, one more statement per page (observed in the statement log; BY_ID with its cache hint is not)
        Ticket ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", wanted)
                .setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject).getResultStream().findFirst().orElse(null);
        if (ticket == null || !visibility().permits(ticket)) {
            throw new NotFound("Ticket", wanted);
        }
        return ticket;
    }

    /**
     * The ticket with its people, category and tags read in one statement; a find read them one by one, four or
     * five statements on every boundary call that reaches a ticket. A ticket this transaction already holds is answered from it.
     */
    public Ticket find(UUID id) {
        Ticket ticket = id == null ? null : em.createNamedQuery(Ticket.BY_ID, Ticket.class)
                .setParameter("id", id).setHint(QueryHints.CACHE_USAGE, CacheUsage.CheckCacheByExactPrimaryKey)
                .getResultStream().findFirst().orElse(null);
        if (ticket == null || !visibility().permits(ticket)) {
            throw new NotFound("Ticket", id);
        }
        return ticket;
    }
}
