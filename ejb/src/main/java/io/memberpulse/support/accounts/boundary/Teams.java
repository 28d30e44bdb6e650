package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The client's teams and what automatic assignment knows of each agent (teams, skills, limit), for its
 * administrators; and an agent's own availability.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class Teams {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Categories categories;

    @Inject
    CurrentAccount caller;

    /** A team as administrators describe it; null fields are left as they are on a change. */
    public record Draft(String name, UUID supervisorId, boolean clearSupervisor, Team.Method method,
            List<UUID> memberIds) {
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public List<Team> all() {
        return em.createNamedQuery(Team.ALL, Team.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public Team find(UUID id) {
        Team team = id == null ? null : em.find(Team.class, id);
        if (team == null) {
            throw new NotFound("Team", id);
        }
        return team;
    }

    public Team create(Draft draft) {
        if (draft.name() == null) {
            throw new RuleViolation("name", "A team needs a name.");
        }
        requireFree(draft.name(), null);
        Team team = new Team(draft.name());
        describe(team, draft);
        em.persist(team);
        return team;
    }

    public Team change(UUID id, Draft draft) {
        Team team = find(id);
        if (draft.name() != null && !Team.keyOf(draft.name()).equals(Team.keyOf(team.name()))) {
            requireFree(draft.name(), id);
            String old = team.name();
            team.rename(draft.name());
            categories.renameRoutingTeam(old, team.name());
        } else if (draft.name() != null) {
            team.rename(draft.name());
        }
        describe(team, draft);
        return team;
    }

    /** Its tickets go back to the general queue; categories that named it route nowhere until a team has the name. */
    public void delete(UUID id) {
        Team team = find(id);
        em.createNamedQuery(Ticket.LEAVE_TEAM).setParameter("team", id).executeUpdate();
        em.remove(team);
    }

    /** What an agent brings to automatic assignment; null fields are left as they are. */
    public record Work(List<UUID> teamIds, Set<String> skills, Integer maxOpenTickets, Boolean available) {
    }

    public Account describeAgent(UUID accountId, Work work) {
        Account agent = em.find(Account.class, accountId);
        if (agent == null || !agent.role().isStaff()) {
            throw new NotFound("Agent", accountId);
        }
        agent.describeWork(work.skills(), work.maxOpenTickets());
        if (work.available() != null) {
            agent.makeAvailable(work.available());
        }
        if (work.teamIds() != null) {
            Set<UUID> wanted = new LinkedHashSet<>(work.teamIds());
            for (Team team : all()) {
                if (wanted.remove(team.id())) {
                    team.join(agent);
                } else {
                    team.leave(agent);
                }
            }
            if (!wanted.isEmpty()) {
                throw new RuleViolation("teamIds", "No team of your organisation has the id " + wanted.iterator().next()
                        + ".");
            }
        }
        return agent;
    }

    /** The agent's teams, by name. */
    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public List<Team> teamsOf(UUID accountId) {
        return em.createNamedQuery(Team.OF_MEMBER, Team.class).setParameter("account", accountId).getResultList();
    }

    /** Staff set themselves away (no tickets come to them automatically) or available again. */
    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public Account changeMyAvailability(boolean available) {
        Account me = em.find(Account.class, caller.id());
        me.makeAvailable(available);
        return me;
    }

    private void describe(Team team, Draft draft) {
        if (draft.clearSupervisor()) {
            team.lead(null);
        } else if (draft.supervisorId() != null) {
            team.lead(staff(draft.supervisorId(), "supervisorId"));
        }
        if (draft.method() != null) {
            team.handOutBy(draft.method());
        }
        if (draft.memberIds() != null) {
            List<Account> members = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(draft.memberIds())) {
                members.add(staff(id, "memberIds"));
            }
            team.staff(members);
        }
    }

    private Account staff(UUID id, String field) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null || !account.role().isStaff()) {
            throw new RuleViolation(field, "No agent or administrator of your organisation has the id " + id + ".");
        }
        return account;
    }

    private void requireFree(String name, UUID except) {
        em.createNamedQuery(Team.BY_NAME_KEY, Team.class).setParameter("key", Team.keyOf(name)).getResultStream()
                .filter(other -> !other.id().equals(except)).findFirst().ifPresent(other -> {
                    throw new RuleViolation("name", "There is already a team called " + other.name() + ".");
                });
    }
}
