package io.memberpulse.support.tickets.entity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A ticket with its thread and history, as one caller may see it, and the names of the people in it. */
public record TicketDetail(Ticket ticket, List<Response> thread, List<TicketEvent> history,
        Map<UUID, String> actors, List<Ticket> otherTicketsOfMember, List<Ticket> mergedFrom,
        List<Attachment> attachments) {
}
