package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.assignment.control.Assigner;
import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.control.Embedder;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.Forbidden;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.sla.control.SlaClock;
import io.memberpulse.support.tickets.control.IntakeLimit;
import io.memberpulse.support.tickets.control.TicketFiles;
import io.memberpulse.support.tickets.control.TicketNumbers;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.FileDownload;
import io.memberpulse.support.tickets.entity.InvalidTransition;
import io.memberpulse.support.tickets.entity.MessageBody;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Subject;
import io.memberpulse.support.tickets.entity.SubmissionKey;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketActivity;
import io.memberpulse.support.tickets.entity.TicketDetail;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a member does with their own tickets. Another member's ticket is as absent as another client's: 404.
 * Members never see internal notes, internal history or a contact's ticket. When the client has switched the
 * ticket system off, every step here is refused with a clear 403.
 */
@Stateless
@RolesAllowed(Role.MEMBER)
public class MemberTickets {

    /** Subjects this close in meaning (cosine of their sentence vectors) say the same; other topics stay under 0.65. */
    static final double SAME_MEANING = 0.75;
    /** The member's newest open tickets compared by meaning. */
    static final int DUPLICATE_CANDIDATES = 20;

    @Inject
    Embedder embedder;

    @Inject
    Event<TicketActivity> activity;


    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    VisibleTickets visible;

    @Inject
    TicketQueries queries;

    @Inject
    TenantContext tenant;

    @Inject
    TicketNumbers numbers;

    @Inject
    Categories categories;

    @Inject
    IntakeLimit limit;

    @Inject
    TicketFiles files;

    @Inject
    ClientSettings settings;

    @Inject
    ServiceLevels levels;

    @Inject
    Assigner assigner;

    @Inject
    Clock clock;

    public record NewTicket(String subject, String description, UUID categoryId, Priority priority) {
    }

    /** The ticket, whether an earlier attempt with the same key made it, and the member's ticket it may repeat. */
    public record Submission(Ticket ticket, boolean replayed, Ticket possibleDuplicateOf) {
    }

    /**
     * Submits a ticket. The member's intake turn is claimed first ({@link IntakeLimit}), so concurrent attempts
     * take turns: a retry with the same Idempotency-Key finds the first attempt's ticket and returns it, the same
     * key with a different request is refused (422), and the limit counts exactly.
     */
    public Submission submit(NewTicket request, String idempotencyKey, List<Upload> uploads) {
        Client client = enabledClient();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > SubmissionKey.KEY_LENGTH)) {
            throw new RuleViolation("Idempotency-Key", "An Idempotency-Key has 1 to " + SubmissionKey.KEY_LENGTH
                    + " characters.");
        }
        Account me = limit.claim(caller.id());
        String digest = idempotencyKey == null ? null : digest(request, uploads);
        if (idempotencyKey != null) {
            SubmissionKey earlier = em.createNamedQuery(SubmissionKey.FIND, SubmissionKey.class)
                    .setParameter("account", me.id()).setParameter("key", idempotencyKey)
                    .getResultStream().findFirst().orElse(null);
            if (earlier != null) {
                if (!earlier.sameRequest(digest)) {
                    throw new RuleViolation("Idempotency-Key", "The Idempotency-Key '" + idempotencyKey
                            + "' was already used for a different submission; use a new key for a new ticket.");
                }
                return new Submission(earlier.ticket(), true, null);
            }
        }
        Instant now = clock.instant();
        limit.check(me.id(), now);
        Subject subject = Subject.of(request.subject());
        MessageBody description = MessageBody.of(request.description(), "description");
        Category category = offered(request.categoryId(), client.categoryRequired());
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        if (!priority.memberMayChoose()) {
            throw new RuleViolation("priority", "Choose Low, Normal or High; support sets Urgent.");
        }
        // checked before the ticket takes a number: a refused file must not use one up
        List<CheckedFile> checked = checkFiles(client, uploads);
        Ticket duplicate = queries.possibleDuplicate(me.id(), subject.text());
        String number = numbers.next(tenant.current().orElseThrow(), now.atZone(ZoneOffset.UTC).getYear());
        Ticket.Opened opened = Ticket.open(number, me, null, subject, description, category, priority, Channel.PORTAL,
                me.id(), now);
        SlaClock.follow(opened.ticket(), levels.of(client), now);
        em.persist(opened.ticket());
        em.persist(opened.event());
        TicketEvent assigned = assigner.route(opened.ticket(), client, now);
        if (assigned != null) {
            em.persist(assigned);
        }
        files.attach(opened.ticket(), null, checked, me.id(), now);
        if (idempotencyKey != null) {
            em.persist(new SubmissionKey(me.id(), idempotencyKey, digest, opened.ticket(), now));
        }
        return new Submission(opened.ticket(), false, duplicate);
    }

    private Category offered(UUID categoryId, boolean required) {
        if (categoryId == null) {
            if (!required) {
                return null;
            }
            throw new RuleViolation("categoryId", "Choose a category.");
        }
        Category category = categories.find(categoryId);
        if (category.archived()) {
            throw new RuleViolation("categoryId", "This category is no longer offered; choose another.");
        }
        return category;
    }

    /**
     * The member's open ticket this subject would repeat, asked before submitting so the portal can offer it
     * ("You already have an open ticket about…"): the same subject, as the submission reports after the fact, or
     * one that says the same in other words ("Login fails since the password reset" for "Cannot log in after
     * resetting my password"). Meaning is compared here, on the form, never on the submission itself.
     */
    public Ticket possibleDuplicate(String subject) {
        requireEnabled();
        if (subject == null || subject.isBlank()) {
            return null;
        }
        Ticket same = queries.possibleDuplicate(caller.id(), subject.strip());
        if (same != null) {
            return same;
        }
        float[] meaning = embedder.embed(subject.strip());
        Ticket closest = null;
        double best = SAME_MEANING;
        for (Ticket open : queries.openOfMember(caller.id(), DUPLICATE_CANDIDATES)) {
            double similarity = Embedder.similarity(meaning, embedder.embed(open.subject()));
            if (similarity >= best) {
                best = similarity;
                closest = open;
            }
        }
        return closest;
    }

    /** The member's own tickets, newest first. */
    public List<Ticket> mine(int max) {
        requireEnabled();
        return queries.ofMember(visible.visibility(), max);
    }

    /** The member's own ticket with this number, as {@link #detail(UUID)} (404 for anyone else's). */
    public TicketDetail detailOf(String number) {
        requireEnabled();
        return detail(visible.findByNumber(number).id());
    }

    public TicketDetail detail(UUID id) {
        requireEnabled();
        Ticket ticket = visible.find(id);
        return new TicketDetail(ticket, queries.thread(id, false), queries.history(id, false), Map.of(), List.of(),
                List.of(), queries.files(id, false));
    }

    public Response reply(UUID id, String body, List<Upload> uploads) {
        Client client = enabledClient();
        Ticket ticket = visible.find(id);
        MessageBody message = MessageBody.of(body, "body");
        List<CheckedFile> checked = checkFiles(client, uploads);
        Instant now = clock.instant();
        Ticket.Reply reply = ticket.replyFromMember(caller.get(), message, now);
        SlaClock.follow(ticket, levels.of(client), now);
        em.persist(reply.response());
        reply.events().forEach(em::persist);
        files.attach(ticket, reply.response(), checked, caller.id(), now);
        activity.fire(new TicketActivity(tenant.current().orElseThrow(), id));
        return reply.response();
    }

    /** A file of the member's own ticket; an internal note's file is as absent as any other (404). */
    public FileDownload attachment(UUID ticketId, UUID attachmentId) {
        requireEnabled();
        return files.download(visible.find(ticketId), attachmentId, false);
    }

    /** Reopens a resolved ticket, or a closed one when the client lets members do that. */
    public Ticket reopen(UUID id, String reason) {
        requireEnabled();
        Ticket ticket = visible.find(id);
        boolean closedButAllowed = ticket.status() == Status.CLOSED && settings.mine().membersReopenClosed()
                && ticket.mergedIntoId() == null;
        if (ticket.status() != Status.RESOLVED && !closedButAllowed) {
            throw new InvalidTransition(ticket.status(), Status.OPEN);
        }
        Instant now = clock.instant();
        em.persist(ticket.changeStatus(Status.OPEN, caller.id(), reason, now));
        levels.follow(ticket, now);
        activity.fire(new TicketActivity(tenant.current().orElseThrow(), id));
        return ticket;
    }

    private void requireEnabled() {
        enabledClient();
    }

    private Client enabledClient() {
        Client client = settings.mine();
        if (!client.ticketsEnabled()) {
            throw new Forbidden("Support tickets are not available for your organisation at the moment; "
                    + "please contact it another way.");
        }
        return client;
    }

    /** The client's attachment settings (seed 003): files allowed from members at all, and the largest one. */
    private static List<CheckedFile> checkFiles(Client client, List<Upload> uploads) {
        if (!uploads.isEmpty() && !client.memberAttachments()) {
            throw new RuleViolation("files", "Your organisation does not accept files with support tickets; "
                    + "describe the problem in the message instead.");
        }
        return FileCheck.check(uploads, client.maxAttachmentBytes());
    }

    /** What makes two submissions the same: every field and every file's name and bytes. */
    private static String digest(NewTicket request, List<Upload> uploads) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {request.subject(), request.description(), request.categoryId(),
                    request.priority()}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (Upload upload : uploads) {
                sha.update(String.valueOf(upload.fileName()).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(upload.bytes());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
