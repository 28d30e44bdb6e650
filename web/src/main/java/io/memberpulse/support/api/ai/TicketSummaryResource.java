package io.memberpulse.support.api.ai;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.boundary.Assistant;
import io.memberpulse.support.ai.control.LocalAssistant;
import io.memberpulse.support.ai.control.SummaryMaker;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 000's ticket summary, for staff only: what the ticket is about in under 100 words, kept with its versions. */
@Path("tickets/{id}/summary")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AI assistant", description = "Ticket summaries and draft replies; the built-in provider works offline")
public class TicketSummaryResource {

    @Inject
    Assistant assistant;

    public record RelatedTicket(UUID id, String number, String subject, String status) {
    }

    @Schema(name = "TicketSummary")
    public record TicketSummary(UUID ticketId, String summary, List<String> keyPoints, String sentiment,
            List<String> suggestedActions, Instant generatedAt, int version, String provider,
            double sentimentConfidence, String reason, List<RelatedTicket> relatedTickets) {
        static TicketSummary of(Assistant.SummaryResult result) {
            SummaryMaker.Version v = result.current();
            LocalAssistant.Summary s = v.summary();
            return new TicketSummary(result.ticket().id(), s.summary(), s.keyPoints(), s.sentiment(),
                    s.suggestedActions(), v.stored().generatedAt(), v.stored().version(), v.stored().provider(),
                    s.sentimentConfidence(), v.stored().reason(), result.related().stream()
                            .map(t -> new RelatedTicket(t.id(), t.number(), t.subject(), t.status().name())).toList());
        }
    }

    public record Changes(List<String> addedKeyPoints, List<String> removedKeyPoints, String sentiment) {
    }

    @Schema(name = "TicketSummaryVersion")
    public record SummaryVersion(int version, Instant generatedAt, String provider, String reason, String summary,
            List<String> keyPoints, String sentiment, List<String> suggestedActions, Changes changes) {
    }

    @GET
    @Operation(operationId = "getTicketSummary", summary = "The ticket in under 100 words: summary, key points, the "
            + "member's sentiment and suggested actions; PII removed. A new version is made when a message or a "
            + "status change arrived since the last one")
    public TicketSummary get(@PathParam("id") UUID id) {
        return TicketSummary.of(assistant.summary(id));
    }

    @POST
    @Path("refresh")
    @Operation(operationId = "refreshTicketSummary", summary = "Make a new version of the summary now")
    public TicketSummary refresh(@PathParam("id") UUID id) {
        return TicketSummary.of(assistant.refresh(id));
    }

    @GET
    @Path("history")
    @Operation(operationId = "getTicketSummaryHistory", summary = "Every version of the summary, newest first, with "
            + "what changed from the one before and why it was made")
    public List<SummaryVersion> history(@PathParam("id") UUID id) {
        List<SummaryMaker.Version> versions = assistant.history(id);
        List<SummaryVersion> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            SummaryMaker.Version v = versions.get(i);
            LocalAssistant.Summary s = v.summary();
            Changes changes = null;
            if (i + 1 < versions.size()) {
                LocalAssistant.Summary before = versions.get(i + 1).summary();
                changes = new Changes(s.keyPoints().stream().filter(p -> !before.keyPoints().contains(p)).toList(),
                        before.keyPoints().stream().filter(p -> !s.keyPoints().contains(p)).toList(),
                        before.sentiment().equals(s.sentiment()) ? s.sentiment()
                                : before.sentiment() + " → " + s.sentiment());
            }
            out.add(new SummaryVersion(v.stored().version(), v.stored().generatedAt(), v.stored().provider(),
                    v.stored().reason(), s.summary(), s.keyPoints(), s.sentiment(), s.suggestedActions(), changes));
        }
        return out;
    }
}
