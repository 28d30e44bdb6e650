package io.memberpulse.support.api.tickets;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The member's side: submit a ticket, follow one's own tickets, reply and reopen. When the client has switched the
 * ticket system off, every endpoint answers 403 with the reason.
 */
@Path("support")
@RequestScoped
@RolesAllowed(Role.MEMBER)
@SecurityRequirement(name = "bearer")
@Tag(name = "Member tickets", description = "What a member does in the portal: submit and follow their own tickets")
@Produces(MediaType.APPLICATION_JSON)
public class MemberTicketsResource {

    @Inject
    MemberTickets tickets;

    @Inject
    Categories categories;

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    @Schema(description = "A member's new ticket")
    public static class Submission {
        @Schema(example = "Cannot log in after resetting my password", maxLength = 200)
        public String subject;
        @Schema(example = "<p>I reset my password twice but the portal still says <b>invalid credentials</b>.</p>",
                description = "rich text (HTML), sanitised on the way in")
        public String description;
        @Schema(example = "01a20883-34af-71b4-83c8-758f5d921441", description = "one of GET /api/support/categories")
        public UUID categoryId;
        @Schema(example = "NORMAL", description = "LOW, NORMAL (default; or MEDIUM) or HIGH")
        public String priority;
    }

    public static class Reply {
        @Schema(example = "<p>It works now, thank you!</p>")
        public String body;
    }

    public static class Reopen {
        @Schema(example = "The error came back this morning")
        public String reason;
    }

    public record DuplicateRef(UUID id, String number, String subject) {
    }

    @Schema(name = "Submitted")
    public record Submitted(UUID id, String number, String status, Instant expectedFirstResponseBy,
            String expectedFirstResponse, DuplicateRef possibleDuplicateOf) {
        static Submitted of(MemberTickets.Submission submission) {
            Ticket ticket = submission.ticket();
            long hours = Math.max(1, ticket.sla().firstResponseTarget().toHours());
            Ticket duplicate = submission.possibleDuplicateOf();
            return new Submitted(ticket.id(), ticket.number(), ticket.status().name(), ticket.firstResponseDueAt(),
                    "Within " + hours + (hours == 1 ? " hour" : " hours"), duplicate == null ? null
                    : new DuplicateRef(duplicate.id(), duplicate.number(), duplicate.subject()));
        }
    }

    public record CategoryOption(UUID id, String name, String description) {
    }

    @POST
    @Path("tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitTicket", summary = "Submit a ticket; 201 with its number and the expected first-response time. "
            + "A retry with the same Idempotency-Key returns the same ticket; too many submissions are 429.")
    @APIResponse(responseCode = "201", description = "The ticket (or, for a retry, the one the first attempt made)",
            content = @Content(schema = @Schema(ref = "Submitted")))
    public Response submit(@NotNull Submission submission,
            @Parameter(description = "any unique string per submission, repeated on retries")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        var request = new MemberTickets.NewTicket(submission.subject, submission.description, submission.categoryId,
                submission.priority == null ? null : QueueParameters.priority("priority", submission.priority));
        return submitted(request, idempotencyKey, List.of());
    }

    @POST
    @Path("tickets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitTicketWithFiles", summary = "Submit a ticket with up to 5 files (JPG, PNG, PDF, DOC, DOCX; 10 MB each): fields subject, "
            + "description, categoryId, priority, and parts named 'files'")
    @APIResponse(responseCode = "201", description = "The ticket (or, for a retry, the one the first attempt made)",
            content = @Content(schema = @Schema(ref = "Submitted")))
    public Response submitWithFiles(List<EntityPart> parts,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Multipart form = new Multipart(parts);
        var request = new MemberTickets.NewTicket(form.field("subject").orElse(null),
                form.field("description").orElse(null),
                form.field("categoryId").map(id -> QueueParameters.uuid("categoryId", id)).orElse(null),
                form.field("priority").map(p -> QueueParameters.priority("priority", p)).orElse(null));
        return submitted(request, idempotencyKey, form.files());
    }

    private Response submitted(MemberTickets.NewTicket request, String idempotencyKey,
            List<Upload> files) {
        MemberTickets.Submission result = tickets.submit(request, idempotencyKey, files);
        Ticket ticket = result.ticket();
        return Response.created(URI.create("/api/support/tickets/" + ticket.id())).entity(Submitted.of(result))
                .header("Idempotent-Replayed", result.replayed() ? "true" : null).build();
    }

    @GET
    @Path("tickets")
    @Operation(operationId = "listMyTickets", summary = "The caller's own tickets, newest first")
    public List<TicketJson.MemberSummary> mine(@QueryParam("limit") @DefaultValue("50") int limit) {
        return tickets.mine(limit).stream().map(TicketJson.MemberSummary::of).toList();
    }

    @GET
    @Path("tickets/{id}")
    @Operation(operationId = "getMyTicket", summary = "One of the caller's tickets: public replies and public history only")
    public TicketJson.MemberDetail get(@PathParam("id") UUID id) {
        return TicketJson.MemberDetail.of(tickets.detail(id));
    }

    @POST
    @Path("tickets/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToMyTicket", summary = "Reply; a ticket waiting on the member goes back to In Progress")
    @APIResponse(responseCode = "201", description = "The reply as stored",
            content = @Content(schema = @Schema(ref = "Message")))
    public Response reply(@PathParam("id") UUID id, @NotNull Reply reply) {
        return Response.status(201).entity(TicketJson.Message.of(tickets.reply(id, reply.body, List.of()))).build();
    }

    @POST
    @Path("tickets/{id}/responses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "replyToMyTicketWithFiles", summary = "Reply with files: field body, and parts named 'files'")
    @APIResponse(responseCode = "201", description = "The reply as stored, with its files",
            content = @Content(schema = @Schema(ref = "Message")))
    public Response replyWithFiles(@PathParam("id") UUID id, List<EntityPart> parts) {
        Multipart form = new Multipart(parts);
        return Response.status(201).entity(TicketJson.Message.of(
                tickets.reply(id, form.field("body").orElse(null), form.files()))).build();
    }

    @GET
    @Path("tickets/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadMyTicketFile", summary = "Download a file of one's own ticket (never an internal note's)")
    @APIResponse(responseCode = "200", description = "The file's bytes, as an attachment",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return Downloads.of(tickets.attachment(id, attachmentId));
    }

    @POST
    @Path("tickets/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenMyTicket", summary = "Reopen a resolved ticket")
    public TicketJson.MemberSummary reopen(@PathParam("id") UUID id, Reopen reopen) {
        return TicketJson.MemberSummary.of(tickets.reopen(id, reopen == null ? null : reopen.reason));
    }

    @GET
    @Path("categories")
    @Operation(operationId = "listMemberCategories", summary = "The categories a member can choose, in order")
    public List<CategoryOption> categories() {
        return categories.active().stream().map(c -> new CategoryOption(c.id(), c.name(), c.description())).toList();
    }
}
