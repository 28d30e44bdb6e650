package io.memberpulse.support.ai.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.control.AiProvider.Answer;
import io.memberpulse.support.ai.control.AssistantMetrics;
import io.memberpulse.support.ai.control.Conversation;
import io.memberpulse.support.ai.control.ConversationDigest;
import io.memberpulse.support.ai.control.LocalAssistant;
import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import io.memberpulse.support.ai.control.PiiRedactor;
import io.memberpulse.support.ai.control.SummaryMaker;
import io.memberpulse.support.ai.entity.AssistantSettings;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.Forbidden;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The AI assistant for staff: a ticket's summary (kept with its versions), the conversation summary of a long
 * thread, and draft replies, for tickets the caller may see (the one visibility rule). Everything a provider reads
 * has PII removed first; a draft is only text for the agent's editor, never sent. The provider is the client's
 * choice; the built-in one answers whenever another fails.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class Assistant {

    @Inject
    VisibleTickets visible;

    @Inject
    TicketQueries queries;

    @Inject
    CannedResponses canned;

    @Inject
    ClientSettings clients;

    @Inject
    CurrentAccount caller;

    @Inject
    SummaryMaker maker;

    @Inject
    AssistantMetrics metrics;

    public record SummaryResult(Ticket ticket, SummaryMaker.Version current, List<Ticket> related) {
    }

    public record DraftResult(LocalAssistant.Draft draft, ArticleHit article, String provider) {
    }

    public record DigestResult(Ticket ticket, ConversationDigest.Digest digest) {
    }

    // ---- settings

    public AssistantSettings settings() {
        return SummaryMaker.settingsOf(clients.mine());
    }

    @RolesAllowed(Role.ADMIN)
    public AssistantSettings changeSettings(AssistantSettings change) {
        Client client = clients.mine();
        AssistantSettings changed = change.over(SummaryMaker.settingsOf(client));
        if (changed.provider().equals(AssistantSettings.OPENAI_COMPATIBLE) && !maker.remoteConfigured()) {
            throw new RuleViolation("provider", "No OpenAI-compatible endpoint is configured on this server: the "
                    + "operator sets MEMBERPULSE_AI_BASE_URL (and MEMBERPULSE_AI_MODEL, MEMBERPULSE_AI_API_KEY).");
        }
        client.changeSupportAi(SummaryMaker.json(changed));
        return changed;
    }

    // ---- summaries

    /**
     * The ticket's current summary: the stored one while nothing significant happened since, otherwise a new
     * version made now (a message or a status change makes one; reading alone never does). The refresher usually
     * made it already, in the background.
     */
    public SummaryResult summary(UUID ticketId) {
        AssistantSettings settings = enabled(s -> s.summary(), "Ticket summaries");
        Ticket ticket = visible.find(ticketId);
        return new SummaryResult(ticket, maker.current(ticket, settings), related(ticket));
    }

    /** A new version now, whatever changed: the agent asked again. */
    public SummaryResult refresh(UUID ticketId) {
        AssistantSettings settings = enabled(s -> s.summary(), "Ticket summaries");
        Ticket ticket = visible.find(ticketId);
        return new SummaryResult(ticket, maker.remake(ticket, "refreshed by " + caller.get().displayName(), settings),
                related(ticket));
    }

    /** Every version, newest first. */
    public List<SummaryMaker.Version> history(UUID ticketId) {
        enabled(s -> s.summary(), "Ticket summaries");
        return maker.all(visible.find(ticketId));
    }

    public DigestResult conversationSummary(UUID ticketId) {
        enabled(s -> s.conversationSummary(), "Conversation summaries");
        Ticket ticket = visible.find(ticketId);
        Conversation conversation = maker.conversation(ticket, queries.thread(ticketId, true));
        return new DigestResult(ticket, ConversationDigest.of(conversation, decisions(ticketId)));
    }

    private List<Ticket> related(Ticket ticket) {
        return queries.othersOfMember(ticket, visible.visibility()).stream().limit(3).toList();
    }

    // ---- drafts

    /** A reply in the tone asked for (or the client's default), citing the best article unless told not to. */
    public DraftResult draft(UUID ticketId, String tone, boolean includeKnowledgeBase, UUID cannedResponseId) {
        AssistantSettings settings = enabled(s -> s.draftResponse(), "Draft responses");
        String chosen = tone == null || tone.isBlank() ? settings.defaultTone() : AssistantSettings.tone(tone, "tone");
        Ticket ticket = visible.find(ticketId);
        metrics.count("drafts_requested");
        if (cannedResponseId != null) {
            String body = RichText.plain(canned.render(cannedResponseId, ticketId));
            return new DraftResult(new LocalAssistant.Draft(PiiRedactor.clean(body), 0.9, chosen, List.of(),
                    List.of()), null, "canned response");
        }
        ArticleHit article = includeKnowledgeBase ? maker.bestArticle(ticket) : null;
        Answer<LocalAssistant.Draft> answer = metrics.timed("draft", () -> maker.provider(settings).draft(
                maker.conversation(ticket, queries.thread(ticketId, true)), chosen, article,
                caller.get().displayName()));
        LocalAssistant.Draft d = answer.result();
        LocalAssistant.Draft finished = new LocalAssistant.Draft(
                PiiRedactor.clean(settings.applyTerminology(d.draft())), d.confidence(), chosen, d.citations(),
                d.clarifyingQuestions());
        return new DraftResult(finished, article, answer.provider());
    }

    /** The agent says what became of a draft: sent as it was, edited before sending, or discarded. */
    public void draftOutcome(UUID ticketId, String outcome) {
        visible.find(ticketId);
        if (outcome == null || !List.of("used", "edited", "discarded").contains(outcome)) {
            throw new RuleViolation("outcome", "An outcome is used, edited or discarded.");
        }
        metrics.count("drafts_" + outcome);
    }

    /** Usage since this node started, for administrators. */
    @RolesAllowed(Role.ADMIN)
    public Map<String, Object> usage() {
        return metrics.snapshot();
    }

    // ---- what the providers read

    private AssistantSettings enabled(Function<AssistantSettings, Boolean> feature, String name) {
        AssistantSettings settings = settings();
        if (!Boolean.TRUE.equals(feature.apply(settings))) {
            throw new Forbidden(name + " are turned off by your administrator.");
        }
        return settings;
    }

    private List<ConversationDigest.Decision> decisions(UUID ticketId) {
        List<TicketEvent> history = queries.history(ticketId, true);
        Map<UUID, String> names = queries.actorNames(history);
        List<ConversationDigest.Decision> decisions = new ArrayList<>();
        for (TicketEvent event : history) {
            String what = switch (event.type()) {
                case STATUS_CHANGED -> "Status " + event.fromValue() + " → " + event.toValue();
                case REOPENED -> "Reopened";
                case PRIORITY_CHANGED -> "Priority " + event.fromValue() + " → " + event.toValue();
                case ASSIGNEE_CHANGED -> event.toValue() == null ? "Unassigned" : "Assigned to " + event.toValue();
                case DUE_CHANGED -> "Due date set";
                case SLA_BREACHED -> "Service level breached";
                case MERGED -> "Merged";
                case CATEGORY_CHANGED -> "Category changed";
                default -> null;
            };
            if (what != null) {
                String reason = event.reason() == null || event.reason().isBlank() ? ""
                        : ": " + PiiRedactor.clean(event.reason());
                String who = event.actorId() == null ? null : names.getOrDefault(event.actorId(), "someone");
                decisions.add(new ConversationDigest.Decision(event.createdAt(), who, what + reason));
            }
        }
        return decisions;
    }
}
