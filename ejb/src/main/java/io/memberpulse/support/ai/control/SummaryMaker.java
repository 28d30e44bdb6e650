package io.memberpulse.support.ai.control;

import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.control.AiProvider.Answer;
import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import io.memberpulse.support.ai.entity.AssistantSettings;
import io.memberpulse.support.ai.entity.TicketSummary;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes and keeps a ticket's summary versions, for the assistant (when an agent reads or refreshes) and for the
 * refresher (when a message or a status change arrived). The provider is asked before any lock is taken; the ticket
 * row is locked only to store the version, so two makers of the same version store one.
 */
@ApplicationScoped
public class SummaryMaker {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TicketQueries queries;

    @Inject
    Articles articles;

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

    public static AssistantSettings settingsOf(Client client) {
        return client.supportAi() == null ? AssistantSettings.DEFAULT
                : JSON.fromJson(client.supportAi(), AssistantSettings.class).over(AssistantSettings.DEFAULT);
    }

    public static String json(AssistantSettings settings) {
        return JSON.toJson(settings);
    }

    public boolean remoteConfigured() {
        return remote.configured();
    }

    public AiProvider provider(AssistantSettings settings) {
        return settings.provider().equals(AssistantSettings.OPENAI_COMPATIBLE) && remote.configured() ? remote : local;
    }

    /** The current version: the stored one while nothing significant happened since, otherwise a new one. */
    public Version current(Ticket ticket, AssistantSettings settings) {
        List<Response> thread = queries.thread(ticket.id(), true);
        Version latest = latest(ticket);
        String source = source(ticket, thread);
        if (latest != null && latest.stored().source().equals(source)) {
            return latest;
        }
        return make(ticket, thread, source, reason(latest, ticket, thread), settings);
    }

    /** A new version whatever changed, for this reason. */
    public Version remake(Ticket ticket, String reason, AssistantSettings settings) {
        List<Response> thread = queries.thread(ticket.id(), true);
        return make(ticket, thread, source(ticket, thread), reason, settings);
    }

    /** Whether a summary was ever made for the ticket (one nobody asked for is made when first read). */
    public boolean exists(Ticket ticket) {
        return latest(ticket) != null;
    }

    public List<Version> all(Ticket ticket) {
        return em.createNamedQuery(TicketSummary.VERSIONS, TicketSummary.class).setParameter("ticket", ticket.id())
                .getResultList().stream().map(SummaryMaker::version).toList();
    }

    private Version make(Ticket ticket, List<Response> thread, String source, String reason,
            AssistantSettings settings) {
        Answer<LocalAssistant.Summary> answer = metrics.timed("summary", () -> provider(settings)
                .summarise(conversation(ticket, thread), bestArticle(ticket)));
        LocalAssistant.Summary summary = redacted(answer.result());
        em.find(Ticket.class, ticket.id(), LockModeType.PESSIMISTIC_WRITE);
        Version latest = latest(ticket);
        if (latest != null && latest.stored().source().equals(source) && !reason.startsWith("refreshed")) {
            return latest; // made meanwhile by another request or the refresher
        }
        TicketSummary stored = new TicketSummary(ticket.id(), latest == null ? 1 : latest.stored().version() + 1,
                JSON.toJson(summary), answer.provider(), source, reason, clock.instant());
        em.persist(stored);
        em.flush();
        metrics.count("summaries_generated");
        return new Version(stored, summary);
    }

    private Version latest(Ticket ticket) {
        return em.createNamedQuery(TicketSummary.VERSIONS, TicketSummary.class).setParameter("ticket", ticket.id())
                .setMaxResults(1).getResultStream().findFirst().map(SummaryMaker::version).orElse(null);
    }

    private static Version version(TicketSummary stored) {
        return new Version(stored, JSON.fromJson(stored.content(), LocalAssistant.Summary.class));
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

    /** The ticket as the providers read it: plain text, PII removed, internal notes marked. */
    public Conversation conversation(Ticket ticket, List<Response> thread) {
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

    private static String text(String html) {
        return PiiRedactor.clean(RichText.plain(html));
    }

    /** The published article that best answers the ticket's subject and opening, with its steps; null if none. */
    public ArticleHit bestArticle(Ticket ticket) {
        String question = LocalAssistant.question(ticket.subject(), RichText.plain(ticket.description()),
                Articles.QUESTION_LENGTH);
        return articles.searchPublished(question, 1).stream().findFirst()
                .map(found -> new ArticleHit(found.article().id().toString(), found.article().title(),
                        LocalAssistant.steps(found.article().body()), found.score()))
                .orElse(null);
    }
}
