package io.memberpulse.support.api.tickets;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.api.platform.ApiProblem;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.tickets.boundary.Tickets;
import io.memberpulse.support.tickets.control.TicketSearch;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The staff side of tickets: the queue, a ticket's detail, and everything staff change on it. */
@Path("tickets")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    @Inject
    Tickets tickets;

    @Inject
    CannedResponses canned;

    public record Page(List<TicketJson.Summary> items, String nextCursor) {
    }

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    @Schema(description = "Only the fields sent are changed")
    public static class Update {
        @Schema(example = "Charged twice for the 2026 renewal")
        public String subject;
        public UUID categoryId;
        @Schema(description = "true to remove the category")
        public Boolean clearCategory;
        @Schema(example = "HIGH", description = "needs the CHANGE_PRIORITY capability")
        public Priority priority;
        @Schema(example = "[\"billing\", \"refund\"]")
        public Set<String> tags;
    }

    public static class NewResponse {
        /** May be left out when cannedResponseId is given: the canned response, filled in, is sent. */
        @Schema(example = "<p>I have refunded the second payment; it will show within 3 days.</p>")
        public String body;
        @Schema(description = "true for an internal note, never shown to the member")
        public boolean internal;
        @Schema(example = "RESOLVED", description = "keep (default), WAITING_ON_MEMBER or RESOLVED")
        public String statusAfter;
        @Schema(description = "send this canned response, filled in for the ticket, when body is empty")
        public UUID cannedResponseId;
    }

    public static class Assignment {
        @Schema(example = "01a20884-b003-733d-91e0-1effe2ae7069", description = "a staff account, or null to unassign")
        public UUID assigneeId;
    }

    public static class Merge {
        @NotNull
        @Schema(description = "the tickets to merge into this one")
        public List<UUID> ticketIds;
    }

    public static class StatusChange {
        @NotNull
        @Schema(example = "WAITING_ON_THIRD_PARTY")
        public Status status;
        @Schema(example = "Waiting for the payment provider")
        public String reason;
    }

    @GET
    @Operation(summary = "The queue: filters, quick views, full text, keyset paging (cursor), at most 100 a page")
    public Page list(@QueryParam("status") List<String> status, @QueryParam("priority") List<String> priority,
            @QueryParam("categoryId") String categoryId,
            @Parameter(description = "an account id, 'me' or 'unassigned'") @QueryParam("assignee") String assignee,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("updatedFrom") String updatedFrom, @QueryParam("updatedTo") String updatedTo,
            @Parameter(description = "the member's account id or e-mail") @QueryParam("member") String member,
            @Parameter(description = "words to find in number, subject, description, replies, member")
            @QueryParam("q") String text,
            @Parameter(description = "mine, unassigned, urgent or needs-response") @QueryParam("view") String view,
            @Parameter(description = "-updatedAt (default), updatedAt, -createdAt or createdAt")
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        boolean memberIsEmail = member != null && member.contains("@");
        TicketQuery.Sort order = QueueParameters.sort(sort);
        TicketQuery query = new TicketQuery(QueueParameters.statuses(status), QueueParameters.priorities(priority),
                QueueParameters.uuid("categoryId", categoryId), QueueParameters.assignee(assignee),
                QueueParameters.instant("createdFrom", createdFrom, false),
                QueueParameters.instant("createdTo", createdTo, true),
                QueueParameters.instant("updatedFrom", updatedFrom, false),
                QueueParameters.instant("updatedTo", updatedTo, true),
                memberIsEmail ? null : QueueParameters.uuid("member", member), memberIsEmail ? member : null,
                text, QueueParameters.view(view), order, QueueParameters.cursor(cursor), QueueParameters.limit(limit));
        TicketSearch.Page page = tickets.search(query);
        List<Ticket> items = page.items();
        String next = page.more() ? QueueParameters.cursorAfter(items.get(items.size() - 1), order) : null;
        return new Page(items.stream().map(TicketJson.Summary::of).toList(), next);
    }

    @GET
    @Path("queue")
    @Operation(summary = "Queue statistics: counts by status and priority, unassigned, mine, urgent, needs response")
    public QueueCounts queue() {
        return tickets.queue();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A ticket with its thread (internal notes included), history and the member's other tickets")
    public Response get(@PathParam("id") UUID id) {
        TicketJson.StaffDetail detail = TicketJson.StaffDetail.of(tickets.detail(id));
        return Response.ok(detail).tag(etag(detail.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change subject, category, priority or tags; send If-Match with the ETag you read")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull Update update) {
        Long version = version(ifMatch);
        Ticket ticket = tickets.update(id, version, new Tickets.Changes(update.subject, update.categoryId,
                Boolean.TRUE.equals(update.clearCategory), update.priority, update.tags));
        return Response.ok(TicketJson.Summary.of(ticket)).tag(etag(ticket.version())).build();
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply or add an internal note; statusAfter: keep (default), WAITING_ON_MEMBER or RESOLVED")
    public Response respond(@PathParam("id") UUID id, @Valid @NotNull NewResponse response) {
        Status after = null;
        if (response.statusAfter != null && !response.statusAfter.equalsIgnoreCase("keep")) {
            after = QueueParameters.enums("statusAfter", List.of(response.statusAfter), Status.class)
                    .stream().findFirst().orElse(null);
        }
        String body = response.body;
        if ((body == null || body.isBlank()) && response.cannedResponseId != null) {
            body = canned.render(response.cannedResponseId, id);
        }
        var created = tickets.respond(id, body, response.internal, after, List.of());
        return Response.status(201).entity(TicketJson.Message.of(created)).build();
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Reply or note with files: fields body, internal, statusAfter; parts named 'files'")
    public Response respondWithFiles(@PathParam("id") UUID id, List<EntityPart> parts) {
        Multipart form = new Multipart(parts);
        Status after = form.field("statusAfter").filter(value -> !value.equalsIgnoreCase("keep"))
                .map(value -> QueueParameters.enums("statusAfter", List.of(value), Status.class).iterator().next())
                .orElse(null);
        var created = tickets.respond(id, form.field("body").orElse(null),
                form.field("internal").map(Boolean::parseBoolean).orElse(false), after, form.files());
        return Response.status(201).entity(TicketJson.Message.of(created)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of the ticket (internal notes' files included)")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return Downloads.of(tickets.attachment(id, attachmentId));
    }

    @PUT
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign to a staff member (assigneeId), or to nobody (null)")
    public TicketJson.Summary assign(@PathParam("id") UUID id, @NotNull Assignment assignment) {
        return TicketJson.Summary.of(tickets.assign(id, assignment.assigneeId));
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move along the workflow; a move it forbids is 409 with the allowed moves")
    public TicketJson.Summary status(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return TicketJson.Summary.of(tickets.changeStatus(id, change.status, change.reason));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge other tickets into this one: their thread and history join it, they close as merged")
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull Merge merge) {
        tickets.merge(id, merge.ticketIds);
        TicketJson.StaffDetail detail = TicketJson.StaffDetail.of(tickets.detail(id));
        return Response.ok(detail).tag(etag(detail.version())).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version the caller read; null when they sent no If-Match (the boundary answers 428). */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badField("If-Match", "If-Match must be the ETag this API sent.");
        }
    }
}
