package io.memberpulse.support.api.ai;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.boundary.Assistant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 000's draft response: text for the agent's editor, never sent by itself. */
@Path("tickets/{id}/draft-response")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AI assistant", description = "Ticket summaries and draft replies; the built-in provider works offline")
public class DraftResponseResource {

    @Inject
    Assistant assistant;

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    public static class DraftRequest {
        @Schema(example = "friendly", description = "professional (or formal), friendly or concise; the client's default tone otherwise")
        public String tone;
        @Schema(description = "quote and cite the best-matching help article; true by default")
        public Boolean includeKnowledgeBase;
        @Schema(description = "start from this canned response instead")
        public UUID cannedResponseId;
    }

    public record SuggestedAttachment(String type, String id, String title) {
    }

    public record Citation(String articleId, String title, String passage) {
    }

    @Schema(name = "DraftResponse")
    public record DraftResponse(String draft, double confidence, List<SuggestedAttachment> suggestedAttachments,
            String tone, List<Citation> citations, List<String> clarifyingQuestions, String provider) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftResponse", summary = "A reply drafted from the ticket's facts, the member's name, "
            + "the tone and the best help article (its steps quoted and cited); internal notes are never quoted")
    public DraftResponse draft(@PathParam("id") UUID id, DraftRequest request) {
        DraftRequest asked = request == null ? new DraftRequest() : request;
        Assistant.DraftResult result = assistant.draft(id, asked.tone, !Boolean.FALSE.equals(asked.includeKnowledgeBase),
                asked.cannedResponseId);
        var d = result.draft();
        List<SuggestedAttachment> attachments = result.article() == null ? List.of()
                : List.of(new SuggestedAttachment("knowledge_base", result.article().id(), result.article().title()));
        return new DraftResponse(d.draft(), d.confidence(), attachments, d.tone(), d.citations().stream()
                .map(c -> new Citation(c.articleId(), c.title(), c.passage())).toList(), d.clarifyingQuestions(),
                result.provider());
    }

    public static class Outcome {
        @Schema(example = "edited", description = "used (sent as drafted), edited (changed, then sent) or discarded")
        public String outcome;
    }

    @POST
    @Path("outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportDraftOutcome", summary = "Say what became of a draft, for the usage figures")
    @APIResponse(responseCode = "204", description = "Counted")
    public Response outcome(@PathParam("id") UUID id, Outcome outcome) {
        assistant.draftOutcome(id, outcome == null ? null : outcome.outcome);
        return Response.noContent().build();
    }
}
