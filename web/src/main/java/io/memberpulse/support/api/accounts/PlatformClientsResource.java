package io.memberpulse.support.api.accounts;

import io.memberpulse.support.accounts.boundary.PlatformClients;
import io.memberpulse.support.accounts.boundary.PlatformClients.NewClient;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.api.accounts.AccountsResource.AccountView;
import io.memberpulse.support.api.accounts.AccountsResource.PasswordLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installation's clients, for platform operators (who never see a client's tickets or people). */
@Path("platform/clients")
@RequestScoped
@RolesAllowed(Role.OPERATOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Clients of this installation, for platform operators")
public class PlatformClientsResource {

    @Inject
    PlatformClients clients;

    public record ClientView(UUID id, String slug, String name, boolean suspended, Instant createdAt) {
        static ClientView of(Client client) {
            return new ClientView(client.id(), client.slug(), client.name(), client.isSuspended(),
                    client.createdAt());
        }
    }

    public record CreatedClient(ClientView client, AccountView administrator, PasswordLink setPasswordLink) {
    }

    @Schema(description = "A new client and its first administrator")
    public static class NewClientRequest {
        @Schema(description = "What people type at sign-in and tokens name: lower-case letters, digits, hyphens",
                example = "guild")
        public String slug;
        @Schema(example = "Guild of Engineers")
        public String name;
        @Schema(example = "admin@guild.example.org")
        public String adminEmail;
        @Schema(example = "Grace Admin")
        public String adminName;
    }

    @Schema(description = "What to change; a field left out stays as it is")
    public static class ClientChange {
        @Schema(example = "Guild of Engineers")
        public String name;
        @Schema(description = "true suspends the client (its people cannot sign in), false lets them in again")
        public Boolean suspended;
    }

    @GET
    @Operation(operationId = "listClients", summary = "Every client of this installation")
    public List<ClientView> list() {
        return clients.list().stream().map(ClientView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Create a client with its first administrator, who gets a "
            + "single-use link (shown once) to set a password")
    @APIResponse(responseCode = "201", description = "The client, its administrator and the link")
    @APIResponse(responseCode = "422", description = "A field is wrong, or the slug is taken")
    public Response create(@Valid @NotNull NewClientRequest request) {
        NewClient created = clients.create(request.slug, request.name, request.adminEmail, request.adminName);
        return Response.created(URI.create("/api/platform/clients/" + created.client().id()))
                .entity(new CreatedClient(ClientView.of(created.client()), AccountView.of(created.administrator()),
                        PasswordLink.of(created.link())))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClient", summary = "One client")
    public ClientView get(@PathParam("id") UUID id) {
        return ClientView.of(clients.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeClient", summary = "Rename, suspend or resume a client; nothing is deleted")
    public ClientView change(@PathParam("id") UUID id, @Valid @NotNull ClientChange change) {
        return ClientView.of(clients.change(id, change.name, change.suspended));
    }
}
