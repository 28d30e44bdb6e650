package io.memberpulse.support.ai.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.control.AiProvider;
import io.memberpulse.support.ai.control.AiProvider.Answer;
import io.memberpulse.support.ai.control.AssistantMetrics;
import io.memberpulse.support.ai.control.Conversation;
import io.memberpulse.support.ai.control.ConversationDigest;
import io.memberpulse.support.ai.control.LocalAssistant;
import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import io.memberpulse.support.ai.control.LocalProvider;
import io.memberpulse.support.ai.control.OpenAiCompatibleProvider;
import io.memberpulse.support.ai.control.PiiRedactor;
import io.memberpulse.support.ai.entity.AssistantSettings;
import io.memberpulse.support.ai.entity.TicketSummary;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.Forbidden;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    VisibleTickets visible;

    @Inject
    TicketQueries queries;

    @Inject
    Articles articles;

    @Inject
    CannedResponses canned;

    @Inject
    ClientSettings clients;

    @Inject
    CurrentAccount caller;

    @Inject
    LocalProvider local;

    @Inject
    OpenAiCompatibleProvider remote;

    @Inject
    AssistantMetrics metrics;

    @Inject
    Clock clock;

    /** A stored summary version with what it says. */
    public record Version(TicketSummary stored, LocalAssistant.Summary summary) {
    }

    public record SummaryResult(Ticket ticket, Version current, List<Ticket> related) {
    }

    public record DraftResult(LocalAssistant.Draft draft, ArticleHit article, String provider) {
    }

    public record DigestResult(Ticket ticket, ConversationDigest.Digest digest) {
    }

    // ---- settings

    public AssistantSettings settings() {
        return settingsOf(clients.mine());
    }

    @RolesAllowed(Role.ADMIN)
    public AssistantSettings changeSettings(AssistantSettings change) {
        Client client = clients.mine();
        AssistantSettings changed = change.over(settingsOf(client));
        if (changed.provider().equals(AssistantSettings.OPENAI_COMPATIBLE) && !remote.configured()) {
            throw new RuleViolation("provider", "No OpenAI-compatible endpoint is configured on this server: the "
                    + "operator sets MEMBERPULSE_AI_BASE_URL (and MEMBERPULSE_AI_MODEL, MEMBERPULSE_AI_API_KEY).");
        }
        client.changeSupportAi(JSON.toJson(changed));
        return changed;
    }

    private static AssistantSettings settingsOf(Client client) {
        return client.supportAi() == null ? AssistantSettings.DEFAULT
                : JSON.fromJson(client.supportAi(), AssistantSettings.class).over(AssistantSettings.DEFAULT);
    }

    // ---- summaries

    /**
     * The ticket's current summary: the stored one while nothing significant happened since, otherwise a new
     * version made now (a message or a status change makes one; reading alone never does).
     */
    public SummaryResult summary(UUID ticketId) {
        AssistantSettings settings = enabled(s -> s.summary(), "Ticket summaries");
        Ticket ticket = visible.find(ticketId);
        List<Response> thread = queries.thread(ticketId, true);
        String source = source(ticket, thread);
        Version current = latest(ticketId);
        if (current == null || !current.stored().source().equals(source)) {
            em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
            current = latest(ticketId);
            if (current == null || !current.stored().source().equals(source)) {
                current = generate(ticket, thread, source, reason(current, ticket, thread), settings);
            }
        }
        return new SummaryResult(ticket, current, related(ticket));
    }

    /** A new version now, whatever changed: the agent asked again. */
    public SummaryResult refresh(UUID ticketId) {
        AssistantSettings settings = enabled(s -> s.summary(), "Ticket summaries");
        Ticket ticket = visible.find(ticketId);
        List<Response> thread = queries.thread(ticketId, true);
        em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        Version current = generate(ticket, thread, source(ticket, thread), "refreshed by " + caller.get().displayName(),
                settings);
        return new SummaryResult(ticket, current, related(ticket));
    }

    /** Every version, newest first. */
    public List<Version> history(UUID ticketId) {
        enabled(s -> s.summary(), "Ticket summaries");
        visible.find(ticketId);
        return em.createNamedQuery(TicketSummary.VERSIONS, TicketSummary.class).setParameter("ticket", ticketId)
                .getResultList().stream().map(s -> new Version(s, JSON.fromJson(s.content(),
                        LocalAssistant.Summary.class))).toList();
    }

    public DigestResult conversationSummary(UUID ticketId) {
        enabled(s -> s.conversationSummary(), "Conversation summaries");
        Ticket ticket = visible.find(ticketId);
        Conversation conversation = conversation(ticket, queries.thread(ticketId, true));
        return new DigestResult(ticket, ConversationDigest.of(conversation, decisions(ticketId)));
    }

    private Version generate(Ticket ticket, List<Response> thread, String source, String reason,
            AssistantSettings settings) {
        Answer<LocalAssistant.Summary> answer = metrics.timed("summary", () -> provider(settings)
                .summarise(conversation(ticket, thread), bestArticle(ticket)));
        LocalAssistant.Summary summary = redacted(answer.result());
        Version previous = latest(ticket.id());
        TicketSummary stored = new TicketSummary(ticket.id(), previous == null ? 1 : previous.stored().version() + 1,
                JSON.toJson(summary), answer.provider(), source, reason, clock.instant());
        em.persist(stored);
        em.flush();
        metrics.count("summaries_generated");
        return new Version(stored, summary);
    }

    private Version latest(UUID ticketId) {
        return em.createNamedQuery(TicketSummary.VERSIONS, TicketSummary.class).setParameter("ticket", ticketId)
                .setMaxResults(1).getResultStream().findFirst()
                .map(s -> new Version(s, JSON.fromJson(s.content(), LocalAssistant.Summary.class))).orElse(null);
    }

    /** What a summary is made from: a message or a status change makes the stored one stale. */
    private static String source(Ticket ticket, List<Response> thread) {
        return ticket.status().name() + "|" + thread.size();
    }

    private static String reason(Version previous, Ticket ticket, List<Response> thread) {
        if (previous == null) {
            return "first summary";
        }
        String[] before = previous.stored().source().split("\\|");
        List<String> what = new ArrayList<>();
        int added = thread.size() - Integer.parseInt(before[1]);
        if (added > 0) {
            what.add(added == 1 ? "a new message" : added + " new messages");
        }
        if (!before[0].equals(ticket.status().name())) {
            what.add("status now " + ticket.status().name());
        }
        return what.isEmpty() ? "changed" : String.join("; ", what);
    }

    private static LocalAssistant.Summary redacted(LocalAssistant.Summary s) {
        return new LocalAssistant.Summary(PiiRedactor.clean(s.summary()),
                s.keyPoints().stream().map(PiiRedactor::clean).toList(), s.sentiment(), s.sentimentConfidence(),
                s.suggestedActions().stream().map(PiiRedactor::clean).toList());
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
        ArticleHit article = includeKnowledgeBase ? bestArticle(ticket) : null;
        Answer<LocalAssistant.Draft> answer = metrics.timed("draft", () -> provider(settings).draft(
                conversation(ticket, queries.thread(ticketId, true)), chosen, article, caller.get().displayName()));
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

    private AiProvider provider(AssistantSettings settings) {
        return settings.provider().equals(AssistantSettings.OPENAI_COMPATIBLE) && remote.configured() ? remote : local;
    }

    private AssistantSettings enabled(Function<AssistantSettings, Boolean> feature, String name) {
        AssistantSettings settings = settings();
        if (!Boolean.TRUE.equals(feature.apply(settings))) {
            throw new Forbidden(name + " are turned off by your administrator.");
        }
        return settings;
    }

    private Conversation conversation(Ticket ticket, List<Response> thread) {
        List<Conversation.Message> messages = new ArrayList<>();
        String requester = ticket.requesterName();
        messages.add(new Conversation.Message(ticket.createdAt(), requester, true, false, text(ticket.description())));
        for (Response response : thread) {
            boolean fromMember = response.author() == null || response.author().role() == Role.ROLE_MEMBER;
            messages.add(new Conversation.Message(response.createdAt(),
                    response.author() == null ? requester : response.author().displayName(), fromMember,
                    response.internal(), text(response.body())));
        }
        return new Conversation(ticket.number(), PiiRedactor.clean(ticket.subject()),
                ticket.category() == null ? "no category" : ticket.category().name(), ticket.priority().name(),
                ticket.status().name(), requester, ticket.assigneeId() != null, messages);
    }

    private List<ConversationDigest.Decision> decisions(UUID ticketId) {
        Map<UUID, String> names = new HashMap<>();
        List<ConversationDigest.Decision> decisions = new ArrayList<>();
        for (TicketEvent event : queries.history(ticketId, true)) {
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
                String who = event.actorId() == null ? null : names.computeIfAbsent(event.actorId(), this::name);
                decisions.add(new ConversationDigest.Decision(event.createdAt(), who, what + reason));
            }
        }
        return decisions;
    }

    private String name(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "someone" : account.displayName();
    }

    private static String text(String html) {
        return PiiRedactor.clean(RichText.plain(html));
    }

    /** The published article that best answers the ticket's subject and opening, with its steps; null if none. */
    private ArticleHit bestArticle(Ticket ticket) {
        String question = LocalAssistant.question(ticket.subject(), RichText.plain(ticket.description()),
                Articles.QUESTION_LENGTH);
        return articles.searchPublished(question, 1).stream().findFirst()
                .map(found -> new ArticleHit(found.article().id().toString(), found.article().title(),
                        LocalAssistant.steps(found.article().body()), found.score()))
                .orElse(null);
    }
}
