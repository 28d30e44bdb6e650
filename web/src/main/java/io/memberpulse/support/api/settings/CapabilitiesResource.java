package io.memberpulse.support.api.settings;

import io.memberpulse.support.accounts.boundary.CapabilityMatrix;
import io.memberpulse.support.accounts.entity.Capability;
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
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The role → capability matrix of seed 000, for administrators. */
@Path("settings/capabilities")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The client's settings, for its administrators")
public class CapabilitiesResource {

    @Inject
    CapabilityMatrix matrix;

    @GET
    @Operation(operationId = "getCapabilities", summary = "What each staff role may do: VIEW_ALL, RESPOND, ASSIGN, ASSIGN_SELF, CHANGE_PRIORITY, CLOSE")
    public Map<Role, Set<Capability>> read() {
        return matrix.read();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCapabilities", summary = "Change the agents' capabilities, e.g. {\"ROLE_CLIENT_USER\": [\"RESPOND\", \"CLOSE\"]}")
    public Map<Role, Set<Capability>> change(@NotNull Map<Role, Set<Capability>> changed) {
        return matrix.change(changed);
    }
}
