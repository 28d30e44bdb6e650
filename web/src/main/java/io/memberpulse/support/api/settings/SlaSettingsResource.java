package io.memberpulse.support.api.settings;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.sla.boundary.SlaSettings;
import io.memberpulse.support.sla.entity.PolicyDocument;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client's service levels: targets per priority, business calendar and holidays, escalation. */
@Path("settings/sla")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The client's settings, for its administrators")
public class SlaSettingsResource {

    @Inject
    SlaSettings settings;

    @GET
    @Operation(operationId = "getSlaSettings", summary = "The SLA policy: first-response and resolution targets per "
            + "priority in business minutes, the business calendar (time zone, weekly hours, holidays; no hours "
            + "means around the clock), the at-risk share and what a breach does")
    public PolicyDocument read() {
        return settings.read();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSlaSettings", summary = "Change the SLA policy; fields left out keep their "
            + "value, a list sent replaces the old one. Applies to tickets opened, re-prioritised or re-categorised "
            + "from now on")
    public PolicyDocument change(@NotNull PolicyDocument change) {
        return settings.change(change);
    }
}
