package io.memberpulse.support.api.ai;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.boundary.Assistant;
import io.memberpulse.support.ai.control.ConversationDigest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 000's conversation summary of a long thread, for staff only. */
@Path("tickets/{id}/conversation-summary")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AI assistant", description = "Ticket summaries and draft replies; the built-in provider works offline")
public class ConversationSummaryResource {

    @Inject
    Assistant assistant;

    @Inject
    Clock clock;

    public record Entry(Instant at, String who, String what) {
    }

    public record MemberSentiment(String label, double confidence, String trend) {
    }

    @Schema(name = "ConversationSummary")
    public record ConversationSummary(UUID ticketId, List<Entry> timeline, List<String> resolutionAttempts,
            MemberSentiment memberSentiment, List<String> keyDecisions, Instant generatedAt) {
    }

    @GET
    @Operation(operationId = "getConversationSummary", summary = "The thread as a timeline of who did what, the "
            + "attempts to resolve it, how the member's mood went, and the decisions taken; PII removed")
    public ConversationSummary get(@PathParam("id") UUID id) {
        Assistant.DigestResult result = assistant.conversationSummary(id);
        ConversationDigest.Digest d = result.digest();
        return new ConversationSummary(result.ticket().id(),
                d.timeline().stream().map(e -> new Entry(e.at(), e.who(), e.what())).toList(), d.resolutionAttempts(),
                new MemberSentiment(d.memberSentiment().label().word(), d.memberSentiment().confidence(),
                        d.memberSentiment().trend()), d.keyDecisions(), clock.instant());
    }
}
