package io.memberpulse.support.api.ai;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.boundary.Assistant;
import io.memberpulse.support.ai.entity.AssistantSettings;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client's AI assistant: provider, default tone, terminology, features; and how it is used. */
@Path("settings/support-ai")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The client's settings, for its administrators")
public class SupportAiSettingsResource {

    @Inject
    Assistant assistant;

    @GET
    @Operation(operationId = "getSupportAiSettings", summary = "The assistant's settings: provider (local or "
            + "openai-compatible), default tone of drafts, terminology applied to drafts, and which features are on")
    public AssistantSettings read() {
        return assistant.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSupportAiSettings", summary = "Change the assistant's settings; fields left out "
            + "keep their value. openai-compatible needs the endpoint the operator configures")
    public AssistantSettings change(@NotNull AssistantSettings change) {
        return assistant.changeSettings(change);
    }

    @GET
    @Path("usage")
    @Operation(operationId = "getSupportAiUsage", summary = "Drafts requested, used as sent, edited, discarded; "
            + "summaries generated; provider failures and fallbacks; latency (p50, p95 in ms) since this node started")
    public Map<String, Object> usage() {
        return assistant.usage();
    }
}
