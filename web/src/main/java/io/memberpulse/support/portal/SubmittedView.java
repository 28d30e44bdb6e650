package io.memberpulse.support.portal;

import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The confirmation (seed 002): the number, what happens next and when to expect an answer, and help-centre articles
 * that may answer the question meanwhile (seed 002's matched articles).
 */
@Named("portalSubmittedView")
@RequestScoped
public class SubmittedView {

    @Inject
    MemberTickets tickets;

    @Inject
    Articles articles;

    private String number;
    private Ticket ticket;
    private List<Article> suggested;

    public void load() {
        ticket = tickets.detailOf(number).ticket();
    }

    /** Published articles that answer the ticket's subject, best first; looked up after the ticket was saved. */
    public List<Article> getSuggestedArticles() {
        if (suggested == null) {
            String question = ticket.subject().strip();
            suggested = question.isEmpty() ? List.of() : articles.searchPublished(question.substring(0,
                    Math.min(question.length(), Articles.QUESTION_LENGTH)), 3).stream().map(Articles.Found::article)
                    .toList();
        }
        return suggested;
    }

    public Ticket getTicket() {
        return ticket;
    }

    /**
     * The first-response target the ticket was given (its priority's, or its category's when that is stricter),
     * in words: "within 24 hours".
     */
    public String getExpectedResponse() {
        if (ticket.sla().untracked()) {
            return "as soon as we can";
        }
        long hours = Math.max(1, ticket.sla().firstResponseTarget().toHours());
        return hours == 1 ? "within 1 hour" : hours % 24 == 0 && hours > 24 ? "within " + hours / 24 + " days"
                : "within " + hours + " hours";
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
