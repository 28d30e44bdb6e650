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

    public record View(boolean membersMayReopenClosed, boolean ticketsEnabled, int autoCloseDays,
            boolean categoryRequired, boolean memberAttachments, int maxAttachmentMegabytes) {
        static View of(Client client) {
            return new View(client.membersReopenClosed(), client.ticketsEnabled(), client.autoCloseDays(),
                    client.categoryRequired(), client.memberAttachments(), client.maxAttachmentMegabytes());
        }
    }

    @Schema(description = "Only the settings sent are changed")
    public static class Change {
        @Schema(description = "whether members may reopen closed tickets (resolved ones they always may)")
        public Boolean membersMayReopenClosed;
        @Schema(description = "seed 003's 'enable ticket system': when false, members cannot submit or follow tickets")
        public Boolean ticketsEnabled;
        @Schema(description = "resolved tickets close by themselves after this many days; 0 for never (default 7)",
                minimum = "0", maximum = "365")
        public Integer autoCloseDays;
        @Schema(description = "whether members must choose a category on the ticket form (staff never must)")
        public Boolean categoryRequired;
        @Schema(description = "whether members may attach files to tickets and replies (staff always may)")
        public Boolean memberAttachments;
        @Schema(description = "the largest file accepted from anyone, in MB (1 to the product's 10)", minimum = "1",
                maximum = "10")
        public Integer maxAttachmentMegabytes;
    }

    @GET
    @Operation(operationId = "getTicketSettings", summary = "The client's ticket settings")
    public View read() {
        return View.of(settings.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTicketSettings", summary = "Seed 003's general ticket settings: the ticket "
            + "system on or off for members, reopening closed tickets, auto-close, category required, member "
            + "attachments and their largest size; all or none are changed")
    public View change(@NotNull Change change) {
        return View.of(settings.change(new ClientSettings.TicketSettings(change.ticketsEnabled,
                change.membersMayReopenClosed, change.autoCloseDays, change.categoryRequired,
                change.memberAttachments, change.maxAttachmentMegabytes)));
    }
}
