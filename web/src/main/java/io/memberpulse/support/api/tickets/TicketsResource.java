package io.memberpulse.support.api.tickets;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.api.platform.ApiProblem;
import io.memberpulse.support.api.tickets.StaffTicketRequests.Assignment;
import io.memberpulse.support.api.tickets.StaffTicketRequests.Due;
import io.memberpulse.support.api.tickets.StaffTicketRequests.Merge;
import io.memberpulse.support.api.tickets.StaffTicketRequests.NewResponse;
import io.memberpulse.support.api.tickets.StaffTicketRequests.NewTicket;
import io.memberpulse.support.api.tickets.StaffTicketRequests.Outreach;
import io.memberpulse.support.api.tickets.StaffTicketRequests.OutreachReport;
import io.memberpulse.support.api.tickets.StaffTicketRequests.Reached;
import io.memberpulse.support.api.tickets.StaffTicketRequests.StatusChange;
import io.memberpulse.support.api.tickets.StaffTicketRequests.Update;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.sla.boundary.SlaStatus;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.boundary.StaffIntake;
import io.memberpulse.support.tickets.boundary.TicketReads;
import io.memberpulse.support.tickets.boundary.Tickets;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.QueueItem;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff side of tickets: the queue, a ticket's detail, tickets staff open, and what staff change on them. */
@Path("tickets")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT})
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff tickets", description = "The queue and everything support staff do with tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    @Inject
    TicketReads reads;

    @Inject
    Tickets tickets;

    @Inject
    StaffIntake intake;

    @Inject
    CannedResponses canned;

    @Inject
    SlaStatus sla;

    /** Hashes by its cursor alone: see {@link TicketJson} on why the JSON shapes keep their hashes shallow. */
    public record Page(List<TicketJson.Summary> items, String nextCursor) {
        @Override
        public int hashCode() {
            return Objects.hashCode(nextCursor);
        }
    }

    @GET
    @Operation(operationId = "listTickets",
            summary = "The queue: filters, quick views, full text, keyset paging (cursor), at most 100 a page")
    public Page list(@QueryParam("status") List<String> status, @QueryParam("priority") List<String> priority,
            @QueryParam("categoryId") String categoryId,
            @Parameter(description = "a team's id: the tickets in its queue") @QueryParam("team") String team,
            @Parameter(description = "an account id, 'me' or 'unassigned'") @QueryParam("assignee") String assignee,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("updatedFrom") String updatedFrom, @QueryParam("updatedTo") String updatedTo,
            @Parameter(description = "the member's account id or e-mail (a contact's e-mail too)")
            @QueryParam("member") String member,
            @Parameter(description = "one tag") @QueryParam("tag") String tag,
            @Parameter(description = "words to find in number, subject, description, replies, member")
            @QueryParam("q") String text,
            @Parameter(description = "mine, unassigned, urgent, needs-response or breaching-soon (at risk or past due)") @QueryParam("view") String view,
            @Parameter(description = "-updatedAt (default), updatedAt, -createdAt, createdAt, or due (earliest SLA due date first; only tickets with one outstanding)")
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        boolean memberIsEmail = member != null && member.contains("@");
        TicketQuery.Sort order = QueueParameters.sort(sort);
        TicketQuery query = new TicketQuery(QueueParameters.statuses(status), QueueParameters.priorities(priority),
                QueueParameters.uuid("categoryId", categoryId), QueueParameters.uuid("team", team),
                QueueParameters.assignee(assignee),
                QueueParameters.instant("createdFrom", createdFrom, false),
                QueueParameters.instant("createdTo", createdTo, true),
                QueueParameters.instant("updatedFrom", updatedFrom, false),
                QueueParameters.instant("updatedTo", updatedTo, true),
                memberIsEmail ? null : QueueParameters.uuid("member", member), memberIsEmail ? member : null,
                tag, text, QueueParameters.view(view), order, QueueParameters.cursor(cursor),
                QueueParameters.limit(limit));
        TicketQueries.Page page = reads.search(query);
        List<QueueItem> items = page.items();
        String next = page.more() ? QueueParameters.cursorAfter(items.get(items.size() - 1), order) : null;
        Map<UUID, SlaView> slas = sla.of(items);
        return new Page(items.stream().map(ticket -> TicketJson.Summary.of(ticket, slas)).toList(), next);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaffTicket", summary = "Record a ticket for a member or for a contact who is "
            + "not one (phone, e-mail, internal, monitoring), with any priority, an assignee, tags and a due date")
    @APIResponse(responseCode = "201", description = "The new ticket, with its ETag",
            content = @Content(schema = @Schema(ref = "StaffDetail")))
    public Response create(@NotNull NewTicket ticket) {
        Ticket created = intake.create(new StaffIntake.NewTicket(ticket.member, ticket.submitterName,
                ticket.submitterEmail, ticket.submittedCompanyName, channel(ticket.channel), ticket.subject,
                ticket.description, ticket.categoryId, priority(ticket.priority), ticket.assigneeId, ticket.tags,
                ticket.dueAt, ticket.dueReason));
        TicketJson.StaffDetail detail = staffDetail(created.id());
        return Response.created(URI.create("/api/tickets/" + created.id())).entity(detail)
                .tag(etag(detail.version())).build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reachOutToMembers", summary = "Proactive outreach: one ticket per member with the same "
            + "subject and message; each member's outcome is reported")
    public OutreachReport bulk(@Valid @NotNull Outreach outreach) {
        List<Reached> results = intake.reachOut(new StaffIntake.Outreach(outreach.members, outreach.subject,
                outreach.body, outreach.categoryId, priority(outreach.priority))).stream()
                .map(r -> new Reached(r.member(), r.ticket() == null ? null : r.ticket().id(),
                        r.ticket() == null ? null : r.ticket().number(), r.problem()))
                .toList();
        int created = (int) results.stream().filter(r -> r.ticketId() != null).count();
        return new OutreachReport(created, results.size() - created, results);
    }

    @GET
    @Path("queue")
    @Operation(operationId = "getQueueCounts",
            summary = "Queue statistics: counts by status and priority, unassigned, mine, urgent, needs response")
    public QueueCounts queue() {
        return reads.queue();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTicket",
            summary = "A ticket with its thread (internal notes included), history and the member's other tickets")
    @APIResponse(responseCode = "200", description = "The ticket, with its ETag",
            content = @Content(schema = @Schema(ref = "StaffDetail")))
    public Response get(@PathParam("id") UUID id) {
        TicketJson.StaffDetail detail = staffDetail(id);
        return Response.ok(detail).tag(etag(detail.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTicket", summary = "Change subject, category, priority or tags. If-Match with "
            + "the ETag you read is recommended: a ticket changed since is then refused (409) instead of overwritten")
    @APIResponse(responseCode = "200", description = "The ticket as changed, with its new ETag",
            content = @Content(schema = @Schema(ref = "Summary")))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull Update update) {
        Ticket ticket = tickets.update(id, version(ifMatch), new Tickets.Changes(update.subject, update.categoryId,
                Boolean.TRUE.equals(update.clearCategory), priority(update.priority), update.tags));
        return Response.ok(summary(ticket)).tag(etag(ticket.version())).build();
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "respondToTicket",
            summary = "Reply or add an internal note; statusAfter: keep (default), WAITING_ON_MEMBER or RESOLVED")
    @APIResponse(responseCode = "201", description = "The message as stored",
            content = @Content(schema = @Schema(ref = "Message")))
    public Response respond(@PathParam("id") UUID id, @Valid @NotNull NewResponse response) {
        String body = response.body;
        if ((body == null || body.isBlank()) && response.cannedResponseId != null) {
            body = canned.render(response.cannedResponseId, id);
        }
        boolean internal = Boolean.TRUE.equals(response.internal) || Boolean.TRUE.equals(response.isInternal);
        var created = tickets.respond(id, body, internal, statusAfter(response.statusAfter), List.of());
        return Response.status(201).entity(TicketJson.Message.of(created)).build();
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "respondToTicketWithFiles",
            summary = "Reply or note with files: fields body, internal, statusAfter; parts named 'files'")
    @APIResponse(responseCode = "201", description = "The message as stored, with its files",
            content = @Content(schema = @Schema(ref = "Message")))
    public Response respondWithFiles(@PathParam("id") UUID id, List<EntityPart> parts) {
        Multipart form = new Multipart(parts);
        boolean internal = form.field("internal").or(() -> form.field("isInternal")).map(Boolean::parseBoolean)
                .orElse(false);
        var created = tickets.respond(id, form.field("body").orElse(null), internal,
                statusAfter(form.field("statusAfter").orElse(null)), form.files());
        return Response.status(201).entity(TicketJson.Message.of(created)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadTicketFile",
            summary = "Download a file of the ticket (internal notes' files included)")
    @APIResponse(responseCode = "200", description = "The file's bytes, as an attachment",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return Downloads.of(reads.attachment(id, attachmentId));
    }

    @PUT
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignTicket", summary = "Assign to a staff member (assigneeId), or to nobody (null)")
    public TicketJson.Summary assign(@PathParam("id") UUID id, @NotNull Assignment assignment) {
        return summary(tickets.assign(id, assignment.assigneeId));
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTicketStatus", summary = "Move along the workflow; a move it forbids is 409 "
            + "with the allowed moves. When resolving, the reason is the resolution note")
    public TicketJson.Summary status(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return summary(tickets.changeStatus(id, change.status, change.reason));
    }

    @PUT
    @Path("{id}/due")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTicketDueDate", summary = "Set a due date by hand, with a justification, or clear it")
    public TicketJson.Summary due(@PathParam("id") UUID id, @NotNull Due due) {
        return summary(tickets.due(id, due.dueAt, due.dueReason));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeTickets", summary = "Merge other tickets of the same requester into this one: "
            + "their opening message, thread, history and files join it, they close as merged")
    @APIResponse(responseCode = "200", description = "The primary ticket after the merge",
            content = @Content(schema = @Schema(ref = "StaffDetail")))
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull Merge merge) {
        tickets.merge(id, merge.ticketIds);
        TicketJson.StaffDetail detail = staffDetail(id);
        return Response.ok(detail).tag(etag(detail.version())).build();
    }

    private static Priority priority(String value) {
        return value == null ? null : QueueParameters.priority("priority", value);
    }

    private static Channel channel(String value) {
        return value == null || value.isBlank() ? null
                : QueueParameters.enums("channel", List.of(value), Channel.class).iterator().next();
    }

    private static Status statusAfter(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("keep")) {
            return null;
        }
        return QueueParameters.enums("statusAfter", List.of(value), Status.class).iterator().next();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version the caller read; null when they sent no If-Match (the change then applies as it is). */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badField("If-Match", "If-Match must be the ETag this API sent.");
        }
    }

    private TicketJson.StaffDetail staffDetail(UUID id) {
        TicketDetail detail = reads.detail(id);
        List<Ticket> shown = new ArrayList<>(detail.otherTicketsOfMember());
        shown.addAll(detail.mergedFrom());
        shown.add(detail.ticket());
        return TicketJson.StaffDetail.of(detail, sla.of(shown));
    }

    private TicketJson.Summary summary(Ticket ticket) {
        return TicketJson.Summary.of(ticket, sla.of(List.of(ticket)));
    }
}
