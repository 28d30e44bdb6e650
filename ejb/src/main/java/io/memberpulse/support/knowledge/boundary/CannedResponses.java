package io.memberpulse.support.knowledge.boundary;

import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.knowledge.control.TemplateVariables;
import io.memberpulse.support.knowledge.entity.CannedResponse;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Canned responses of the caller's client: administrators manage them, all staff use them. */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class CannedResponses {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    TenantContext tenant;

    @Inject
    VisibleTickets tickets;

    @Inject
    Clock clock;

    public record Draft(String title, String body, UUID categoryId, String shortcut) {
    }

    public List<CannedResponse> all() {
        return em.createNamedQuery(CannedResponse.ALL, CannedResponse.class).getResultList();
    }

    public CannedResponse find(UUID id) {
        CannedResponse canned = id == null ? null : em.find(CannedResponse.class, id);
        if (canned == null) {
            throw new NotFound("Canned response", id);
        }
        return canned;
    }

    @RolesAllowed(Role.ADMIN)
    public CannedResponse create(Draft draft) {
        Draft valid = validate(draft, null);
        CannedResponse canned = new CannedResponse(valid.title(), valid.body(), valid.categoryId(), valid.shortcut(),
                clock.instant());
        em.persist(canned);
        return canned;
    }

    @RolesAllowed(Role.ADMIN)
    public CannedResponse update(UUID id, Draft draft) {
        CannedResponse canned = find(id);
        Draft valid = validate(draft, id);
        canned.change(valid.title(), valid.body(), valid.categoryId(), valid.shortcut());
        return canned;
    }

    /** Templates are not tickets: deleting one removes it; replies already sent keep their text. */
    @RolesAllowed(Role.ADMIN)
    public void delete(UUID id) {
        em.remove(find(id));
    }

    /** The canned response with this shortcut ({@code /activation-help}), filled in for the ticket; 404 if none. */
    public String renderShortcut(String shortcut, UUID ticketId) {
        CannedResponse canned = em.createNamedQuery(CannedResponse.BY_SHORTCUT, CannedResponse.class)
                .setParameter("shortcut", shortcut).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Canned response", shortcut));
        return render(canned.id(), ticketId);
    }

    /** The canned response filled in for one ticket the caller may see, and the calling agent. */
    public String render(UUID id, UUID ticketId) {
        CannedResponse canned = find(id);
        Ticket ticket = tickets.find(ticketId);
        Account agent = caller.get();
        String clientName = em.createQuery("SELECT c.name FROM Client c WHERE c.id = :id", String.class)
                .setParameter("id", tenant.current().orElseThrow()).getSingleResult();
        return TemplateVariables.render(canned.body(), Map.of(
                "member.firstName", TemplateVariables.firstName(ticket.requesterName()),
                "member.name", ticket.requesterName(),
                "member.email", ticket.requesterEmail(),
                "ticket.number", ticket.number(),
                "ticket.subject", ticket.subject(),
                "ticket.status", ticket.status().name(),
                "agent.name", agent.displayName(),
                "agent.firstName", TemplateVariables.firstName(agent.displayName()),
                "client.name", clientName));
    }

    private Draft validate(Draft draft, UUID self) {
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > CannedResponse.TITLE_LENGTH) {
            throw new RuleViolation("title", "A title of 1 to " + CannedResponse.TITLE_LENGTH + " characters is required.");
        }
        String body = draft.body() == null ? null
                : TemplateVariables.sanitiseKeepingVariables(draft.body(), RichText::sanitise);
        if (body == null || RichText.plain(body).isEmpty() || body.length() > CannedResponse.BODY_LENGTH) {
            throw new RuleViolation("body", "A body of 1 to " + CannedResponse.BODY_LENGTH + " characters is required.");
        }
        Set<String> unknown = TemplateVariables.unknownIn(body);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("body", "Unknown variables " + unknown + "; use " + TemplateVariables.KNOWN + ".");
        }
        String shortcut = draft.shortcut() == null || draft.shortcut().isBlank() ? null : draft.shortcut().trim();
        if (shortcut != null) {
            if (!shortcut.matches("/[a-z0-9-]{1,59}")) {
                throw new RuleViolation("shortcut", "A shortcut is '/' and lower-case letters, digits or dashes.");
            }
            em.createNamedQuery(CannedResponse.BY_SHORTCUT, CannedResponse.class).setParameter("shortcut", shortcut)
                    .getResultStream().filter(other -> !other.id().equals(self)).findAny().ifPresent(other -> {
                        throw new Conflict("The shortcut " + other.shortcut() + " is taken by '" + other.title() + "'.");
                    });
        }
        return new Draft(draft.title().trim(), body, draft.categoryId(), shortcut);
    }
}
