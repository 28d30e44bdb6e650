package io.memberpulse.support.ai.boundary;

import io.memberpulse.support.accounts.control.CurrentAccount;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.ai.control.Conversation;
import io.memberpulse.support.ai.control.LocalAssistant;
import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import io.memberpulse.support.ai.control.PiiRedactor;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.control.VisibleTickets;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The AI assistant for staff, with the built-in local provider: a ticket's summary and a draft reply, for tickets
 * the caller may see (the one visibility rule). Everything it reads has PII removed first; a draft is only text for
 * the agent's editor, never sent.
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class Assistant {

    public static final String PROVIDER = "local";
    public static final List<String> TONES = List.of("professional", "friendly", "concise");

    @Inject
    VisibleTickets visible;

    @Inject
    TicketQueries queries;

    @Inject
    Articles articles;

    @Inject
    CannedResponses canned;

    @Inject
    CurrentAccount caller;

    @Inject
    Clock clock;

    public record SummaryResult(Ticket ticket, LocalAssistant.Summary summary, List<Ticket> related,
            Instant generatedAt) {
    }

    public record DraftResult(LocalAssistant.Draft draft, ArticleHit article) {
    }

    public SummaryResult summary(UUID ticketId) {
        Ticket ticket = visible.find(ticketId);
        Conversation conversation = conversation(ticket);
        LocalAssistant.Summary summary = LocalAssistant.summarise(conversation, bestArticle(ticket));
        List<Ticket> related = queries.othersOfMember(ticket, visible.visibility()).stream().limit(3).toList();
        return new SummaryResult(ticket, summary, related, clock.instant());
    }

    /** A reply in the tone asked for ({@code formal} is professional), citing the best article unless told not to. */
    public DraftResult draft(UUID ticketId, String tone, boolean includeKnowledgeBase, UUID cannedResponseId) {
        String chosen = tone == null || tone.isBlank() ? "professional" : tone.strip().toLowerCase(Locale.ROOT);
        if (chosen.equals("formal")) {
            chosen = "professional";
        }
        if (!TONES.contains(chosen)) {
            throw new RuleViolation("tone", "A tone is one of " + TONES + " (or formal).");
        }
        Ticket ticket = visible.find(ticketId);
        if (cannedResponseId != null) {
            String body = RichText.plain(canned.render(cannedResponseId, ticketId));
            return new DraftResult(new LocalAssistant.Draft(PiiRedactor.clean(body), 0.9, chosen, List.of(),
                    List.of()), null);
        }
        ArticleHit article = includeKnowledgeBase ? bestArticle(ticket) : null;
        return new DraftResult(LocalAssistant.draft(conversation(ticket), chosen, article,
                caller.get().displayName()), article);
    }

    private Conversation conversation(Ticket ticket) {
        List<Conversation.Message> messages = new ArrayList<>();
        String requester = ticket.requesterName();
        messages.add(new Conversation.Message(ticket.createdAt(), requester, true, false, text(ticket.description())));
        for (Response response : queries.thread(ticket.id(), true)) {
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
    private ArticleHit bestArticle(Ticket ticket) {
        String question = LocalAssistant.question(ticket.subject(), RichText.plain(ticket.description()),
                Articles.QUESTION_LENGTH);
        return articles.searchPublished(question, 1).stream().findFirst()
                .map(found -> new ArticleHit(found.article().id().toString(), found.article().title(),
                        LocalAssistant.steps(found.article().body()), found.score()))
                .orElse(null);
    }
}
