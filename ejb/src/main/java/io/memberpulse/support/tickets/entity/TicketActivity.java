package io.memberpulse.support.tickets.entity;

import java.util.UUID;

/**
 * Something significant happened to a ticket, a message or a status change, announced after it was committed (for
 * whatever keeps a derived view of the ticket, such as the assistant's summary). Not fired for reads, assignments or
 * tags.
 */
public record TicketActivity(UUID clientId, UUID ticketId) {
}
