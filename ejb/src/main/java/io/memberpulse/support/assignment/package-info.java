/**
 * Who gets a new ticket: its category routes it to a team, and the team's method picks an agent among the members
 * who are active, available and under their limit (skill match first), or leaves it in the team's queue. Every
 * automatic choice is written to the ticket's history with its reason.
 */
package io.memberpulse.support.assignment;
