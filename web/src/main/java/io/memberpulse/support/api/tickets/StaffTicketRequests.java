package io.memberpulse.support.api.tickets;

import io.memberpulse.support.tickets.boundary.StaffIntake;
import io.memberpulse.support.tickets.entity.Status;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies of the staff ticket endpoints ({@link TicketsResource}). Classes, not records: Payara's OpenAPI
 * scanner fails on constraints of record components. Their simple names are the schema names of the API
 * description, which generated clients use: rename with care.
 */
public final class StaffTicketRequests {

    private StaffTicketRequests() {
    }

    @Schema(description = "Only the fields sent are changed")
    public static class Update {
        @Schema(example = "Charged twice for the 2026 renewal")
        public String subject;
        public UUID categoryId;
        @Schema(description = "true to remove the category")
        public Boolean clearCategory;
        @Schema(example = "HIGH", description = "LOW, NORMAL (or MEDIUM), HIGH, URGENT (or CRITICAL); needs the "
                + "CHANGE_PRIORITY capability")
        public String priority;
        @Schema(example = "[\"billing\", \"refund\"]")
        public Set<String> tags;
    }

    public static class NewResponse {
        /** May be left out when cannedResponseId is given: the canned response, filled in, is sent. */
        @Schema(example = "<p>I have refunded the second payment; it will show within 3 days.</p>")
        public String body;
        @Schema(description = "true for an internal note, never shown to the member")
        public Boolean internal;
        @Schema(description = "the seed's name for internal")
        public Boolean isInternal;
        @Schema(example = "RESOLVED", description = "keep (default), WAITING_ON_MEMBER or RESOLVED")
        public String statusAfter;
        @Schema(description = "send this canned response, filled in for the ticket, when body is empty")
        public UUID cannedResponseId;
    }

    @Schema(description = "A ticket staff record for a member (member) or for a contact who is not one "
            + "(submitterName, submitterEmail, submittedCompanyName)")
    public static class NewTicket {
        @Schema(example = "member@demo.test", description = "the member's account id or e-mail")
        public String member;
        @Schema(example = "Pat Caller")
        public String submitterName;
        @Schema(example = "pat@example.org")
        public String submitterEmail;
        @Schema(example = "Example Ltd")
        public String submittedCompanyName;
        @Schema(example = "PHONE", description = "PHONE, EMAIL, INTERNAL (default) or MONITORING")
        public String channel;
        @Schema(example = "Cannot reach the event page")
        public String subject;
        @Schema(example = "<p>Called in: the event page shows an error since this morning.</p>")
        public String description;
        public UUID categoryId;
        @Schema(example = "URGENT", description = "any priority, including URGENT (CRITICAL)")
        public String priority;
        public UUID assigneeId;
        @Schema(example = "[\"events\"]")
        public Set<String> tags;
        @Schema(example = "2026-12-01T09:00:00Z")
        public Instant dueAt;
        @Schema(example = "Needed before the board meeting", description = "required with dueAt")
        public String dueReason;
    }

    @Schema(description = "Proactive outreach: one ticket per listed member, same subject and message")
    public static class Outreach {
        @NotNull
        @Size(min = 1, max = StaffIntake.MAX_OUTREACH)
        @Schema(example = "[\"member@demo.test\", \"member2@demo.test\"]", description = "ids or e-mails")
        public List<String> members;
        @Schema(example = "Your CPD certificate is ready")
        public String subject;
        @Schema(example = "<p>Your 2026 CPD certificate can now be downloaded from your profile.</p>")
        public String body;
        public UUID categoryId;
        @Schema(example = "NORMAL")
        public String priority;
    }

    public record Reached(String member, UUID ticketId, String number, String problem) {
    }

    public record OutreachReport(int created, int refused, List<Reached> results) {
    }

    public static class Assignment {
        @Schema(example = "01a20884-b003-733d-91e0-1effe2ae7069", description = "a staff account, or null to unassign")
        public UUID assigneeId;
    }

    public static class Merge {
        @NotNull
        @Size(max = 50)
        @Schema(description = "the tickets to merge into this one")
        public List<UUID> ticketIds;
    }

    public static class StatusChange {
        @NotNull
        @Schema(example = "RESOLVED")
        public Status status;
        @Schema(example = "Refunded the duplicate payment", description = "why; when resolving, the resolution note")
        public String reason;
    }

    public static class Due {
        @Schema(example = "2026-12-01T09:00:00Z", description = "null to clear")
        public Instant dueAt;
        @Schema(example = "Needed before the board meeting", description = "required with dueAt")
        public String dueReason;
    }

}
