package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.attachments.control.AttachmentStore;
import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.Attachment;
import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.control.IntakeLimit;
import io.memberpulse.support.tickets.control.RichText;
import io.memberpulse.support.tickets.control.TicketNumbers;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.FileDownload;
import io.memberpulse.support.tickets.entity.InvalidTransition;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.SubmissionKey;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a member does with their own tickets. Another member's ticket is as absent as another client's: 404.
 * Members never see internal notes or internal history.
 */
@Stateless
@RolesAllowed(Role.MEMBER)
public class MemberTickets {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    TenantContext tenant;

    @Inject
    TicketNumbers numbers;

    @Inject
    Categories categories;

    @Inject
    IntakeLimit limit;

    @Inject
    AttachmentStore attachments;

    @Inject
    ClientSettings settings;

    @Inject
    Clock clock;

    public record NewTicket(String subject, String description, UUID categoryId, Priority priority, Channel channel) {
    }

    /** The ticket, whether an earlier attempt with the same key made it, and the member's ticket it may repeat. */
    public record Submission(Ticket ticket, boolean replayed, Ticket possibleDuplicateOf) {
    }

    /**
     * Submits a ticket. With an idempotency key, a retry returns the ticket the first attempt made; a concurrent
     * duplicate loses on the key's unique constraint (flushed here) and the caller reads the winner with
     * {@link #submitted(String)}.
     */
    public Submission submit(NewTicket request, String idempotencyKey, List<Upload> files) {
        Account me = caller.get();
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > SubmissionKey.KEY_LENGTH) {
                throw new RuleViolation("Idempotency-Key", "An Idempotency-Key has 1 to "
                        + SubmissionKey.KEY_LENGTH + " characters.");
            }
            Ticket earlier = submitted(idempotencyKey);
            if (earlier != null) {
                return new Submission(earlier, true, null);
            }
        }
        Instant now = clock.instant();
        limit.check(me, now);
        Ticket duplicate = request.subject() == null ? null : possibleDuplicate(me, request.subject());
        // checked before the ticket takes a number: a refused file must not use one up
        List<CheckedFile> checked = FileCheck.check(files);
        Ticket ticket = create(request, me, now);
        attachments.store(ticket, null, checked, me.id(), now);
        if (idempotencyKey != null) {
            em.persist(new SubmissionKey(me.id(), idempotencyKey, ticket, now));
            em.flush();
        }
        return new Submission(ticket, false, duplicate);
    }

    /** The member's own ticket that a new one probably repeats: not done yet, same subject regardless of case. */
    private Ticket possibleDuplicate(Account member, String subject) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.requester = :member AND LOWER(t.subject) = :subject "
                        + "AND t.status NOT IN :done ORDER BY t.createdAt DESC", Ticket.class)
                .setParameter("member", member).setParameter("subject", subject.trim().toLowerCase(Locale.ROOT))
                .setParameter("done", List.of(Status.RESOLVED, Status.CLOSED))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The ticket an earlier submission with this idempotency key created, if any. */
    public Ticket submitted(String idempotencyKey) {
        return em.createNamedQuery(SubmissionKey.FIND, SubmissionKey.class)
                .setParameter("account", caller.get().id()).setParameter("key", idempotencyKey)
                .getResultStream().findFirst().map(SubmissionKey::ticket).orElse(null);
    }

    private Ticket create(NewTicket request, Account me, Instant now) {
        String subject = Tickets.validSubject(request.subject());
        String description = RichText.sanitise(request.description());
        if (description == null || RichText.plain(description).isEmpty()) {
            throw new RuleViolation("description", "Describe the issue: the description is empty.");
        }
        if (description.length() > Ticket.DESCRIPTION_LENGTH) {
            throw new RuleViolation("description", "The description is too long.");
        }
        if (request.categoryId() == null) {
            throw new RuleViolation("categoryId", "Choose a category.");
        }
        Category category = categories.find(request.categoryId());
        if (category.archived()) {
            throw new RuleViolation("categoryId", "This category is no longer offered; choose another.");
        }
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        if (!priority.memberMayChoose()) {
            throw new RuleViolation("priority", "Choose Low, Normal or High; support sets Urgent.");
        }
        String number = numbers.next(tenant.current().orElseThrow(), now.atZone(ZoneOffset.UTC).getYear());
        Ticket.Opened opened = Ticket.open(number, me, subject, description, RichText.plain(description),
                category, priority, request.channel() == null ? Channel.PORTAL : request.channel(), now);
        em.persist(opened.ticket());
        em.persist(opened.event());
        return opened.ticket();
    }

    /** The member's own tickets, newest first. */
    public List<Ticket> mine(int limit) {
        return em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.category WHERE t.requester = :me "
                        + "ORDER BY t.createdAt DESC, t.id DESC", Ticket.class)
                .setParameter("me", caller.get()).setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
    }

    public TicketDetail detail(UUID id) {
        Ticket ticket = own(id);
        List<Response> thread = em.createNamedQuery(Response.PUBLIC_THREAD, Response.class)
                .setParameter("ticket", id).getResultList();
        List<TicketEvent> history = em.createNamedQuery(TicketEvent.PUBLIC_HISTORY, TicketEvent.class)
                .setParameter("ticket", id).getResultList();
        return new TicketDetail(ticket, thread, history, Map.of(), List.of(), List.of(),
                attachments.ofTicket(id).stream().filter(attachment -> !attachment.internal()).toList());
    }

    public Response reply(UUID id, String body, List<Upload> files) {
        Ticket ticket = own(id);
        String html = RichText.sanitise(body);
        if (html == null || RichText.plain(html).isEmpty()) {
            throw new RuleViolation("body", "Write something: the message is empty.");
        }
        List<CheckedFile> checked = FileCheck.check(files);
        Ticket.Reply reply = ticket.replyFromMember(caller.get(), html, RichText.plain(html), clock.instant());
        em.persist(reply.response());
        reply.events().forEach(em::persist);
        attachments.store(ticket, reply.response(), checked, reply.response().author().id(), clock.instant());
        return reply.response();
    }

    /** A file of the member's own ticket; an internal note's file is as absent as any other (404). */
    public FileDownload attachment(UUID ticketId, UUID attachmentId) {
        own(ticketId);
        Attachment attachment = attachments.find(ticketId, attachmentId);
        if (attachment == null || attachment.internal()) {
            throw new NotFound("Attachment", attachmentId);
        }
        return new FileDownload(attachment, attachments.content(attachment));
    }

    /** Reopens a resolved ticket, or a closed one when the client lets members do that. */
    public Ticket reopen(UUID id, String reason) {
        Ticket ticket = own(id);
        boolean closedButAllowed = ticket.status() == Status.CLOSED && settings.mine().membersReopenClosed()
                && ticket.mergedIntoId() == null;
        if (ticket.status() != Status.RESOLVED && !closedButAllowed) {
            throw new InvalidTransition(ticket.status(), Status.OPEN);
        }
        em.persist(ticket.changeStatus(Status.OPEN, caller.get().id(), reason, clock.instant()));
        return ticket;
    }

    private Ticket own(UUID id) {
        Ticket ticket = id == null ? null : em.find(Ticket.class, id);
        Account me = caller.get();
        if (ticket == null || !ticket.requester().id().equals(me.id())) {
            throw new NotFound("Ticket", id);
        }
        return ticket;
    }
}
