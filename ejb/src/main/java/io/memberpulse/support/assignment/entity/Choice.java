package io.memberpulse.support.assignment.entity;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Team;

/**
 * Where a ticket goes and why: a team's queue (or the general one, team null) and perhaps an agent.
 *
 * @param reason what the history says, e.g. "auto: round-robin, Billing Team"
 */
public record Choice(Team team, Account assignee, String reason) {
}
