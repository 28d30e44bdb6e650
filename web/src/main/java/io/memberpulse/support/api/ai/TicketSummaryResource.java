package io.memberpulse.support.api.ai;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.boundary.Assistant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 000's ticket summary, for staff only: what the ticket is about in under 100 words. */
@Path("tickets/{id}/summary")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AI assistant", description = "Ticket summaries and draft replies (built-in local provider, offline)")
public class TicketSummaryResource {

    @Inject
    Assistant assistant;

    public record RelatedTicket(UUID id, String number, String subject, String status) {
    }

    @Schema(name = "TicketSummary")
    public record TicketSummary(UUID ticketId, String summary, List<String> keyPoints, String sentiment,
            List<String> suggestedActions, Instant generatedAt, String provider, double sentimentConfidence,
            List<RelatedTicket> relatedTickets) {
    }

    @GET
    @Operation(operationId = "getTicketSummary", summary = "The ticket in under 100 words: summary, key points, the "
            + "member's sentiment and suggested actions; PII removed")
    public TicketSummary get(@PathParam("id") UUID id) {
        Assistant.SummaryResult result = assistant.summary(id);
        var s = result.summary();
        return new TicketSummary(result.ticket().id(), s.summary(), s.keyPoints(), s.sentiment(), s.suggestedActions(),
                result.generatedAt(), Assistant.PROVIDER, s.sentimentConfidence(), result.related().stream()
                        .map(t -> new RelatedTicket(t.id(), t.number(), t.subject(), t.status().name())).toList());
    }
}
