/**
 * Service levels: each client's targets per priority and category, counted in the business time of its calendar
 * (time zone, weekly hours, holidays), paused while a ticket waits on the member or a third party; the due dates
 * they give are stored on the ticket and indexed, and a scan every node may run finds breaches and escalates
 * each exactly once.
 */
package io.memberpulse.support.sla;
