package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.control.Capabilities;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.assignment.control.Assigner;
import io.memberpulse.support.attachments.control.FileCheck;
import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.attachments.entity.Upload;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.tickets.control.TicketFiles;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.Attachment;
import io.memberpulse.support.tickets.entity.MessageBody;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Subject;
import io.memberpulse.support.tickets.entity.Tags;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketActivity;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What support staff change on tickets, each step checked against the client's capability matrix (administrators
 * may do everything; by default agents view, respond, close and assign to themselves). The rules themselves live
 * on {@link Ticket}; a ticket the caller may not see is absent (404), through {@link VisibleTickets}.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class Tickets {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    VisibleTickets visible;

    @Inject
    CurrentAccount caller;

    @Inject
    Categories categories;

    @Inject
    Capabilities capabilities;

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

    @Inject
    TenantContext tenant;

    @Inject
    Event<TicketActivity> activity;

    public record Changes(String subject, UUID categoryId, boolean clearCategory, Priority priority, Set<String> tags) {
    }

    /**
     * Changes subject, category, priority and tags. With an expected version (the ETag the caller read), a
     * ticket changed since is refused (409); without one the change applies to the ticket as it is now.
     */
    public Ticket update(UUID id, Long expectedVersion, Changes changes) {
        Ticket ticket = visible.find(id);
        if (expectedVersion != null && ticket.version() != expectedVersion) {
            throw new Conflict("Ticket " + ticket.number() + " was changed by someone else (version "
                    + ticket.version() + ", yours " + expectedVersion + "); reload it and try again.");
        }
        Account me = caller.get();
        Instant now = clock.instant();
        Stream.Builder<TicketEvent> events = Stream.builder();
        Priority priorityBefore = ticket.priority();
        UUID categoryBefore = ticket.category() == null ? null : ticket.category().id();
        if (changes.subject() != null) {
            events.add(ticket.retitle(Subject.of(changes.subject()), me.id(), now));
        }
        if (changes.clearCategory()) {
            events.add(ticket.recategorise(null, me.id(), now));
        } else if (changes.categoryId() != null) {
            events.add(ticket.recategorise(categories.find(changes.categoryId()), me.id(), now));
        }
        if (changes.priority() != null && changes.priority() != ticket.priority()) {
            capabilities.require(Capability.CHANGE_PRIORITY, "Your role may not change a ticket's priority.");
            events.add(ticket.reprioritise(changes.priority(), me.id(), now));
        }
        if (changes.tags() != null) {
            events.add(ticket.retag(Tags.of(changes.tags()), me.id(), now));
        }
        boolean rerouted = !Objects.equals(categoryBefore, ticket.category() == null ? null : ticket.category().id());
        if (rerouted) {
            events.add(assigner.route(ticket, settings.mine(), now));
        }
        if (ticket.priority() != priorityBefore || rerouted) {
            levels.retarget(ticket, now);
        }
        save(events.build());
        return ticket;
    }

    /** A reply or an internal note, optionally moving the ticket on (keep, waiting on member, resolved). */
    public Response respond(UUID id, String body, boolean internal, Status statusAfter, List<Upload> uploads) {
        Ticket ticket = visible.find(id);
        capabilities.require(Capability.RESPOND, "Your role may not respond to tickets.");
        if (statusAfter != null && statusAfter.isDone()) {
            capabilities.require(Capability.CLOSE, "Your role may not resolve or close tickets.");
        }
        MessageBody message = MessageBody.of(body, "body");
        List<CheckedFile> checked = FileCheck.check(uploads, settings.mine().maxAttachmentBytes());
        Instant now = clock.instant();
        Ticket.Reply reply = ticket.replyFromStaff(caller.get(), message, internal, statusAfter, now);
        levels.follow(ticket, now);
        em.persist(reply.response());
        save(reply.events().stream());
        files.attach(ticket, reply.response(), checked, reply.response().author().id(), now);
        activity.fire(new TicketActivity(tenant.current().orElseThrow(), id));
        return reply.response();
    }

    /** Assigns to someone of the same client's staff, or to nobody; agents only to themselves. */
    public Ticket assign(UUID id, UUID assigneeId) {
        Ticket ticket = visible.find(id);
        Account me = caller.get();
        Account assignee = null;
        if (assigneeId != null) {
            assignee = em.find(Account.class, assigneeId);
            if (assignee == null || !assignee.role().isStaff()) {
                throw new RuleViolation("assigneeId", "Assign to a member of your support staff.");
            }
        }
        boolean onlyMe = me.id().equals(assigneeId) || assigneeId == null && me.id().equals(ticket.assigneeId());
        if (!(onlyMe && capabilities.has(Capability.ASSIGN_SELF))) {
            capabilities.require(Capability.ASSIGN, "Your role may assign tickets only to yourself.");
        }
        save(Stream.of(ticket.assign(assignee, me.id(), clock.instant())));
        return ticket;
    }

    /** Moves along the workflow; when resolving, the reason is kept as the resolution note. */
    public Ticket changeStatus(UUID id, Status to, String reason) {
        Ticket ticket = visible.find(id);
        if (to.isDone()) {
            capabilities.require(Capability.CLOSE, "Your role may not resolve or close tickets.");
        }
        Instant now = clock.instant();
        TicketEvent changed = ticket.changeStatus(to, caller.id(), reason, now);
        levels.follow(ticket, now);
        save(Stream.of(changed));
        activity.fire(new TicketActivity(tenant.current().orElseThrow(), id));
        return ticket;
    }

    /** Sets or clears a due date by hand, with a justification. */
    public Ticket due(UUID id, Instant at, String reason) {
        Ticket ticket = visible.find(id);
        Instant now = clock.instant();
        TicketEvent changed = ticket.due(at, reason, caller.id(), now);
        levels.follow(ticket, now);
        save(Stream.of(changed));
        return ticket;
    }

    /**
     * Merges other tickets of the same requester into this one: each one's opening message, replies, notes,
     * history and files join its thread (ordered by time), and each of them is closed as merged, linked to this
     * one. All or nothing.
     */
    public Ticket merge(UUID primaryId, List<UUID> otherIds) {
        if (otherIds == null || otherIds.isEmpty()) {
            throw new RuleViolation("ticketIds", "Name at least one ticket to merge into this one.");
        }
        Ticket primary = visible.find(primaryId);
        UUID me = caller.id();
        Instant now = clock.instant();
        for (UUID otherId : new LinkedHashSet<>(otherIds)) {
            Ticket other = visible.find(otherId);
            Ticket.Merge merge = other.mergeInto(primary, me, now);
            levels.follow(other, now);
            em.persist(merge.opening());
            em.flush(); // the opening message exists before the files are moved onto it
            em.createNamedQuery(Attachment.ONTO_OPENING).setParameter("opening", merge.opening())
                    .setParameter("other", other).executeUpdate();
            for (String move : List.of(Response.MOVE, TicketEvent.MOVE, Attachment.MOVE)) {
                em.createNamedQuery(move).setParameter("primary", primary).setParameter("other", other)
                        .executeUpdate();
            }
            save(merge.events().stream());
        }
        return primary;
    }

    /**
     * Writes the history now, so that a concurrent change of the same ticket (same version) is a 409 here rather
     * than a failure at commit that the caller could not tell from a crash.
     */
    private void save(Stream<TicketEvent> events) {
        events.filter(Objects::nonNull).forEach(em::persist);
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new Conflict("Somebody changed this ticket in the meantime; reload it and try again.");
        }
    }
}
