package io.memberpulse.support.assignment.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.assignment.entity.Choice;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.sla.control.SlaClock;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The assignment rules (seed 003): category to team, then the team's method over the members who may take work
 * now (active, available, under their limit of open tickets), those with a skill the ticket is tagged with first.
 * Round-robin goes round the members in a fixed order and remembers the last one on the team's row, which is
 * locked while choosing: concurrent tickets, on any node, take turns and each member gets the next in order.
 */
@ApplicationScoped
public class Assigner {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    ServiceLevels levels;

    /**
     * Puts a new or re-routed ticket in its category's team queue and, when the rules say so and nobody has it,
     * hands it to an agent; the history entry of that hand-over, or null.
     */
    public TicketEvent route(Ticket ticket, Client client, Instant now) {
        Team team = teamOf(ticket.category());
        ticket.route(team == null ? null : team.id());
        if (team == null || ticket.assignee() != null || !client.autoAssign() || team.method() == Team.Method.MANUAL
                || client.assignInBusinessHours() && !open(client, now)) {
            return null;
        }
        em.lock(team, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(team);
        Choice choice = choose(team, ticket.priority(), ticket.tags());
        if (choice.assignee() == null) {
            return null;
        }
        team.handedTo(choice.assignee().id());
        return ticket.assignAutomatically(choice.assignee(), choice.reason(), now);
    }

    /** What {@link #route} would do with a ticket like this now, without doing it. */
    public Choice preview(Client client, Category category, Priority priority, Set<String> tags, Instant now) {
        Team team = teamOf(category);
        if (team == null) {
            return new Choice(null, null, "No team: the category routes nowhere, so the ticket waits in the "
                    + "general queue.");
        }
        if (!client.autoAssign() || team.method() == Team.Method.MANUAL) {
            return new Choice(team, null, "Manual: the ticket waits in the " + team.name() + " queue.");
        }
        if (client.assignInBusinessHours() && !open(client, now)) {
            return new Choice(team, null, "Outside business hours: the ticket waits in the " + team.name()
                    + " queue.");
        }
        return choose(team, priority, tags);
    }

    private Team teamOf(Category category) {
        if (category == null || category.routingTeam() == null || category.routingTeam().isBlank()) {
            return null;
        }
        return em.createNamedQuery(Team.BY_NAME_KEY, Team.class).setParameter("key", Team.keyOf(category.routingTeam()))
                .getResultStream().findFirst().orElse(null);
    }

    private boolean open(Client client, Instant now) {
        return SlaClock.between(levels.of(client).calendar(), now, now.plus(Duration.ofMinutes(1))).compareTo(Duration.ZERO) > 0;
    }

    private Choice choose(Team team, Priority priority, Collection<String> tags) {
        List<Account> members = team.members().stream().filter(a -> a.isActive() && a.isAvailable()).toList();
        boolean limited = members.stream().anyMatch(a -> a.maxOpenTickets() != null);
        Map<UUID, int[]> load = limited || team.method() == Team.Method.LOAD_BALANCED ? load(members)
                : Map.of();
        List<Account> free = members.stream().filter(a -> a.maxOpenTickets() == null
                || load.getOrDefault(a.id(), new int[2])[0] < a.maxOpenTickets()).toList();
        if (free.isEmpty()) {
            return new Choice(team, null, members.isEmpty() ? "Nobody in " + team.name() + " is available: the "
                    + "ticket waits in its queue." : "Everyone available in " + team.name() + " is at their limit "
                    + "of open tickets: the ticket waits in its queue.");
        }
        List<Account> skilled = tags == null || tags.isEmpty() ? List.of()
                : free.stream().filter(a -> a.skills().stream().anyMatch(tags::contains)).toList();
        List<Account> pool = skilled.isEmpty() ? free : skilled;
        String skill = skilled.isEmpty() ? "" : ", skill match";
        Account chosen;
        String method;
        if (team.method() == Team.Method.LOAD_BALANCED) {
            chosen = pool.stream().min(Comparator.<Account>comparingInt(a -> load.getOrDefault(a.id(),
                    new int[2])[1]).thenComparing(Account::id)).orElseThrow();
            method = "load-balanced";
        } else {
            UUID last = team.lastAssignedId();
            chosen = pool.stream().filter(a -> last == null || a.id().compareTo(last) > 0).findFirst()
                    .orElse(pool.get(0));
            method = "round-robin";
        }
        return new Choice(team, chosen, "auto: " + method + skill + ", " + team.name());
    }

    /** Each member's open tickets: {count, weighted by priority (Low 1 to Urgent 4)}. */
    private Map<UUID, int[]> load(List<Account> members) {
        Map<UUID, int[]> load = new HashMap<>();
        if (members.isEmpty()) {
            return load;
        }
        for (Object[] row : em.createNamedQuery(Ticket.OPEN_LOAD, Object[].class)
                .setParameter("people", members.stream().map(Account::id).toList())
                .setParameter("active", Status.ACTIVE).getResultList()) {
            int[] sum = load.computeIfAbsent((UUID) row[0], id -> new int[2]);
            int count = ((Number) row[2]).intValue();
            sum[0] += count;
            sum[1] += count * (((Priority) row[1]).ordinal() + 1);
        }
        return load;
    }
}
