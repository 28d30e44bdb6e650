/**
 * Tickets: their numbers, the workflow between statuses, the thread of replies and internal notes, the history
 * of every change, and the queue's filters and search. The ticket guards its own rules; the boundaries only
 * load, call and save.
 */
package io.memberpulse.support.tickets;
