package io.memberpulse.support.api.settings;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client's ticket settings. */
@Path("settings/tickets")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The client's settings, for its administrators")
public class TicketSettingsResource {

    @Inject
    ClientSettings settings;

    public record View(boolean membersMayReopenClosed, boolean ticketsEnabled) {
        static View of(Client client) {
            return new View(client.membersReopenClosed(), client.ticketsEnabled());
        }
    }

    @Schema(description = "Only the settings sent are changed")
    public static class Change {
        @Schema(description = "whether members may reopen closed tickets (resolved ones they always may)")
        public Boolean membersMayReopenClosed;
        @Schema(description = "seed 003's 'enable ticket system': when false, members cannot submit or follow tickets")
        public Boolean ticketsEnabled;
    }

    @GET
    @Operation(operationId = "getTicketSettings", summary = "The client's ticket settings")
    public View read() {
        return View.of(settings.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTicketSettings", summary = "Turn the ticket system on or off for members, and "
            + "whether members may reopen closed tickets")
    public View change(@NotNull Change change) {
        return View.of(settings.change(change.membersMayReopenClosed, change.ticketsEnabled));
    }
}
