package io.memberpulse.support.api.settings;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.assignment.boundary.AssignmentSettings;
import io.memberpulse.support.assignment.entity.Choice;
import io.memberpulse.support.tickets.entity.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Automatic assignment: on or off, within business hours only, and a dry run. */
@Path("settings/assignment")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The client's settings, for its administrators")
public class AssignmentResource {

    @Inject
    AssignmentSettings settings;

    @Schema(description = "Fields left out keep their value")
    public static class Change {
        @Schema(description = "hand new tickets to agents by their team's method (default on)")
        public Boolean autoAssign;
        @Schema(description = "only within the business hours of the SLA calendar; outside them tickets wait in "
                + "their team's queue")
        public Boolean onlyInBusinessHours;
    }

    public static class Preview {
        public UUID categoryId;
        @Schema(description = "LOW, NORMAL (default), HIGH or URGENT")
        public String priority;
        @Schema(description = "tags, matched against agents' skills")
        public Set<String> tags;
    }

    public record Ref(UUID id, String name) {
    }

    public record Outcome(Ref team, Ref assignee, String reason) {
        static Outcome of(Choice choice) {
            return new Outcome(choice.team() == null ? null : new Ref(choice.team().id(), choice.team().name()),
                    choice.assignee() == null ? null
                            : new Ref(choice.assignee().id(), choice.assignee().displayName()),
                    choice.reason());
        }
    }

    @GET
    @Operation(operationId = "getAssignmentSettings", summary = "Whether new tickets are assigned automatically")
    public AssignmentSettings.Rules read() {
        return settings.read();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAssignmentSettings", summary = "Turn automatic assignment on or off, or limit it "
            + "to business hours")
    public AssignmentSettings.Rules change(@NotNull Change change) {
        return settings.change(change.autoAssign, change.onlyInBusinessHours);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewAssignment", summary = "Who would get a ticket of this category, priority and "
            + "tags now, and why; changes nothing")
    public Outcome preview(@NotNull Preview preview) {
        return Outcome.of(settings.preview(preview.categoryId,
                preview.priority == null ? null : Priority.parse(preview.priority, "priority"), preview.tags));
    }
}
