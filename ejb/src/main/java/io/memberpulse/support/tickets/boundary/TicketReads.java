package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.tickets.control.TicketFiles;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.FileDownload;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
import io.memberpulse.support.tickets.entity.TicketEvent;
import io.memberpulse.support.tickets.entity.TicketQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** What support staff read: the queue, its numbers, a ticket with everything around it, its files. */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class TicketReads {

    @Inject
    TicketQueries queries;

    @Inject
    VisibleTickets visible;

    @Inject
    TicketFiles files;

    public TicketQueries.Page search(TicketQuery query) {
        return queries.search(query, visible.visibility());
    }

    /** The queue's numbers, the done tickets counted by status too. */
    public QueueCounts queue() {
        return queries.counts(visible.visibility(), true);
    }

    /** The numbers of the active tickets only, as the console shows them: {@code byStatus} holds no done status. */
    public QueueCounts activeQueue() {
        return queries.counts(visible.visibility(), false);
    }

    public TicketDetail detail(UUID id) {
        Ticket ticket = visible.find(id);
        List<TicketEvent> history = queries.history(id, true);
        return new TicketDetail(ticket, queries.thread(id, true), history, queries.actorNames(history),
                queries.othersOfMember(ticket, visible.visibility()), queries.mergedInto(id), queries.files(id, true));
    }

    /** The ticket with this number (the pages' address), with everything around it; 404 as for an id. */
    public TicketDetail detailOf(String number) {
        return detail(visible.findByNumber(number).id());
    }

    /** A file of a ticket the caller can see, internal notes' files included. */
    public FileDownload attachment(UUID ticketId, UUID attachmentId) {
        return files.download(visible.find(ticketId), attachmentId, true);
    }
}
