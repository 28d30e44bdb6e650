package io.memberpulse.support.tickets.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.control.Capabilities;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.assignment.control.Assigner;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.tickets.control.TicketNumbers;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.Contact;
import io.memberpulse.support.tickets.entity.MessageBody;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Subject;
import io.memberpulse.support.tickets.entity.Tags;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Tickets staff open themselves (seeds 003 and 004): one recorded for a member or for a contact who is not a member
 * (a phone call, an e-mail, an internal or monitoring alert), and proactive outreach to many members at once.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class StaffIntake {

    public static final int MAX_OUTREACH = 500;

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    Capabilities capabilities;

    @Inject
    Categories categories;

    @Inject
    TicketNumbers numbers;

    @Inject
    TenantContext tenant;

    @Inject
    ServiceLevels levels;

    @Inject
    Assigner assigner;

    @Inject
    ClientSettings settings;

    @Inject
    Clock clock;

    /** For a member ({@code member}: id or e-mail) or else for a contact (name, e-mail, company). */
    public record NewTicket(String member, String submitterName, String submitterEmail, String submittedCompanyName,
            Channel channel, String subject, String description, UUID categoryId, Priority priority, UUID assigneeId,
            Set<String> tags, Instant dueAt, String dueReason) {
    }

    public record Outreach(List<String> members, String subject, String body, UUID categoryId, Priority priority) {
    }

    /** What became of one member of an outreach: their new ticket, or why there is none. */
    public record Reached(String member, Ticket ticket, String problem) {
    }

    public Ticket create(NewTicket request) {
        Account me = caller.get();
        Instant now = clock.instant();
        Channel channel = request.channel() == null ? Channel.INTERNAL : request.channel();
        if (!channel.staffMayRecord()) {
            throw new RuleViolation("channel", "Staff record tickets from PHONE, EMAIL, INTERNAL or MONITORING.");
        }
        Account member = null;
        Contact contact = null;
        if (request.member() != null && !request.member().isBlank()) {
            member = member(request.member());
            if (member == null) {
                throw new RuleViolation("member", "No member of your organisation has the id or e-mail '"
                        + request.member() + "'.");
            }
        } else {
            contact = new Contact(request.submitterName(), request.submitterEmail(), request.submittedCompanyName());
        }
        Subject subject = Subject.of(request.subject());
        MessageBody description = MessageBody.of(request.description(), "description");
        Category category = request.categoryId() == null ? null : offered(request.categoryId());
        Tags tags = request.tags() == null ? Tags.none() : Tags.of(request.tags());
        Account assignee = request.assigneeId() == null ? null : assignee(request.assigneeId(), me);
        Ticket.Opened opened = Ticket.open(number(now), member, contact, subject, description, category,
                request.priority() == null ? Priority.NORMAL : request.priority(), channel, me.id(), now);
        Ticket ticket = opened.ticket();
        em.persist(ticket);
        em.persist(opened.event());
        Stream.of(ticket.assign(assignee, me.id(), now), ticket.retag(tags, me.id(), now),
                ticket.due(request.dueAt(), request.dueReason(), me.id(), now))
                .filter(Objects::nonNull).forEach(em::persist);
        TicketEvent assigned = assigner.route(ticket, settings.mine(), now);
        if (assigned != null) {
            em.persist(assigned);
        }
        levels.follow(ticket, now);
        return ticket;
    }

    /**
     * One ticket per listed member with the same subject and message, in one transaction; a member who cannot be
     * found (or is listed twice) is reported and skipped, not a reason to fail the others.
     */
    public List<Reached> reachOut(Outreach request) {
        List<String> members = request.members() == null ? List.of() : request.members();
        if (members.isEmpty() || members.size() > MAX_OUTREACH) {
            throw new RuleViolation("members", "List 1 to " + MAX_OUTREACH + " members (ids or e-mails).");
        }
        Account me = caller.get();
        Instant now = clock.instant();
        Subject subject = Subject.of(request.subject());
        MessageBody message = MessageBody.of(request.body(), "body");
        Category category = request.categoryId() == null ? null : offered(request.categoryId());
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        List<Reached> report = new ArrayList<>();
        Set<UUID> reached = new HashSet<>();
        for (String reference : members) {
            Account member = reference == null ? null : member(reference);
            if (member == null) {
                report.add(new Reached(reference, null, "No member of your organisation has this id or e-mail."));
            } else if (!reached.add(member.id())) {
                report.add(new Reached(reference, null, "Listed more than once; reached once."));
            } else {
                Ticket.Opened opened = Ticket.reachOut(number(now), member, subject, message, category, priority,
                        me.id(), now);
                levels.follow(opened.ticket(), now);
                em.persist(opened.ticket());
                em.persist(opened.event());
                report.add(new Reached(reference, opened.ticket(), null));
            }
        }
        return report;
    }

    private String number(Instant now) {
        return numbers.next(tenant.current().orElseThrow(), now.atZone(ZoneOffset.UTC).getYear());
    }

    /** A member of the caller's client by id or e-mail; staff accounts are not members. */
    private Account member(String reference) {
        String value = reference.strip();
        Account account;
        if (value.contains("@")) {
            account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email",
                    Account.normalise(value)).getResultStream().findFirst().orElse(null);
        } else {
            try {
                account = em.find(Account.class, UUID.fromString(value));
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
        return account != null && account.role() == Role.ROLE_MEMBER ? account : null;
    }

    private Category offered(UUID categoryId) {
        Category category = categories.find(categoryId);
        if (category.archived()) {
            throw new RuleViolation("categoryId", "This category is archived; choose another.");
        }
        return category;
    }

    private Account assignee(UUID id, Account me) {
        Account assignee = em.find(Account.class, id);
        if (assignee == null || !assignee.role().isStaff()) {
            throw new RuleViolation("assigneeId", "Assign to a member of your support staff.");
        }
        if (!(id.equals(me.id()) && capabilities.has(Capability.ASSIGN_SELF))) {
            capabilities.require(Capability.ASSIGN, "Your role may assign tickets only to yourself.");
        }
        return assignee;
    }
}
