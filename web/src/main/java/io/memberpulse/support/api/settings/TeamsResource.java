package io.memberpulse.support.api.settings;

import io.memberpulse.support.accounts.boundary.Teams;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.api.platform.ApiProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client's teams, and what automatic assignment knows of each agent. */
@Path("settings")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The client's settings, for its administrators")
public class TeamsResource {

    @Inject
    Teams teams;

    public record Person(UUID id, String name, String email) {
        static Person of(Account account) {
            return account == null ? null : new Person(account.id(), account.displayName(), account.email());
        }
    }

    public record Agent(UUID id, String name, String email, boolean available, Set<String> skills,
            Integer maxOpenTickets) {
        static Agent of(Account account) {
            return new Agent(account.id(), account.displayName(), account.email(), account.isAvailable(),
                    account.skills(), account.maxOpenTickets());
        }
    }

    public record TeamView(UUID id, String name, Person supervisor, String method, List<Agent> members) {
        static TeamView of(Team team) {
            return new TeamView(team.id(), team.name(), Person.of(team.supervisor()), team.method().name(),
                    team.members().stream().map(Agent::of).toList());
        }
    }

    @Schema(description = "A team; on a change, fields left out keep their value")
    public static class TeamChange {
        @Schema(description = "e.g. Billing Team; categories whose routing team has this name route to it")
        public String name;
        @Schema(description = "the supervisor's account id; null with clearSupervisor to remove")
        public UUID supervisorId;
        public Boolean clearSupervisor;
        @Schema(description = "MANUAL (tickets wait in the team queue), ROUND_ROBIN or LOAD_BALANCED")
        public String method;
        @Schema(description = "the members' account ids (agents or administrators); replaces the list")
        public List<UUID> memberIds;

        Teams.Draft draft() {
            return new Teams.Draft(name, supervisorId, Boolean.TRUE.equals(clearSupervisor), method(method),
                    memberIds);
        }
    }

    @Schema(description = "What automatic assignment knows of an agent; fields left out keep their value")
    public static class AgentChange {
        @Schema(description = "the agent's teams; replaces the list")
        public List<UUID> teamIds;
        @Schema(description = "skills matched against the ticket's tags, e.g. billing, lms")
        public Set<String> skills;
        @Schema(description = "the most open tickets assigned automatically; 0 for no limit")
        public Integer maxOpenTickets;
        public Boolean available;
    }

    public record AgentView(Agent agent, List<TeamRef> teams) {
    }

    public record TeamRef(UUID id, String name) {
    }

    @GET
    @Path("teams")
    @Operation(operationId = "listTeams", summary = "The client's teams with their members and methods")
    public List<TeamView> list() {
        return teams.all().stream().map(TeamView::of).toList();
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTeam", summary = "Create a team")
    public Response create(@NotNull TeamChange change) {
        Team team = teams.create(change.draft());
        return Response.created(URI.create("/api/settings/teams/" + team.id())).entity(TeamView.of(team)).build();
    }

    @GET
    @Path("teams/{id}")
    @Operation(operationId = "getTeam", summary = "One team")
    public TeamView get(@PathParam("id") UUID id) {
        return TeamView.of(teams.find(id));
    }

    @PUT
    @Path("teams/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTeam", summary = "Rename (its categories follow), change the supervisor, the "
            + "method or the members")
    public TeamView change(@PathParam("id") UUID id, @NotNull TeamChange change) {
        return TeamView.of(teams.change(id, change.draft()));
    }

    @DELETE
    @Path("teams/{id}")
    @Operation(operationId = "deleteTeam", summary = "Delete a team; its tickets go back to the general queue")
    public Response delete(@PathParam("id") UUID id) {
        teams.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("agents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAgent", summary = "An agent's teams, skills, limit of open tickets and "
            + "availability")
    public AgentView changeAgent(@PathParam("id") UUID id, @NotNull AgentChange change) {
        Account agent = teams.describeAgent(id, new Teams.Work(change.teamIds, change.skills, change.maxOpenTickets,
                change.available));
        return new AgentView(Agent.of(agent), teams.teamsOf(agent.id()).stream()
                .map(t -> new TeamRef(t.id(), t.name())).toList());
    }

    private static Team.Method method(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Team.Method.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField("method", "A method is MANUAL, ROUND_ROBIN or LOAD_BALANCED.");
        }
    }
}
