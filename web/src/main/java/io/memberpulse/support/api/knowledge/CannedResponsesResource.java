package io.memberpulse.support.api.knowledge;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.knowledge.entity.CannedResponse;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Canned responses and their rendering for a ticket. */
@Path("tickets/canned-responses")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Canned responses", description = "Reply templates with variables, filled in for a ticket")
public class CannedResponsesResource {

    @Inject
    CannedResponses canned;

    public record CannedView(UUID id, String title, String body, UUID categoryId, String shortcut) {
        static CannedView of(CannedResponse c) {
            return new CannedView(c.id(), c.title(), c.body(), c.categoryId(), c.shortcut());
        }
    }

    public record Rendered(UUID cannedResponseId, UUID ticketId, String body) {
    }

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    public static class CannedInput {
        @Schema(example = "Refund on its way")
        public String title;
        @Schema(example = "<p>Dear {{member.firstName}}, the refund for {{ticket.number}} is on its way. {{agent.name}}</p>")
        public String body;
        public UUID categoryId;
        @Schema(example = "/refund")
        public String shortcut;

        CannedResponses.Draft draft() {
            return new CannedResponses.Draft(title, body, categoryId, shortcut);
        }
    }

    @GET
    @Operation(operationId = "listCannedResponses", summary = "All canned responses, by title")
    public List<CannedView> list() {
        return canned.all().stream().map(CannedView::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCannedResponse", summary = "Create a canned response; variables: {{member.firstName}}, {{ticket.number}}, {{agent.name}} ...")
    @APIResponse(responseCode = "201", description = "The new canned response",
            content = @Content(schema = @Schema(ref = "CannedView")))
    public Response create(@NotNull CannedInput input) {
        CannedResponse created = canned.create(input.draft());
        return Response.created(URI.create("/api/tickets/canned-responses/" + created.id()))
                .entity(CannedView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCannedResponse", summary = "One canned response")
    public CannedView get(@PathParam("id") UUID id) {
        return CannedView.of(canned.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCannedResponse", summary = "Change a canned response")
    public CannedView update(@PathParam("id") UUID id, @NotNull CannedInput input) {
        return CannedView.of(canned.update(id, input.draft()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "deleteCannedResponse", summary = "Delete a canned response; replies already sent keep their text")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        canned.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/render")
    @Operation(operationId = "renderCannedResponse", summary = "The canned response filled in for a ticket (ticketId) and the calling agent")
    public Rendered render(@PathParam("id") UUID id, @QueryParam("ticketId") UUID ticketId) {
        return new Rendered(id, ticketId, canned.render(id, ticketId));
    }
}
