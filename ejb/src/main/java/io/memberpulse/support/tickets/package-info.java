/**
 * Tickets: their numbers, the workflow between statuses, the thread of replies and internal notes, the files on
 * them, the history of every change, who may see which ticket ({@code Visibility}) and every read of them
 * ({@code TicketQueries}). The ticket guards its own rules; the boundaries only load, call and save.
 */
package io.memberpulse.support.tickets;
