package io.memberpulse.support.portal;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.pages.Labels;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The help centre, where the member starts (seed 002, step 2): a search with live results (articles by meaning, then
 * topics and the member's own tickets by their words), the popular articles and topics, and the way to a ticket.
 */
@Named("portalIndexView")
@ViewScoped
public class IndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberTickets tickets;

    @Inject
    transient ClientSettings settings;

    @Inject
    transient Categories categories;

    @Inject
    transient Articles articles;

    private Boolean ticketsEnabled;
    private transient List<Ticket> recent;
    private transient List<Category> topics;
    private transient List<Article> popular;
    private transient List<Article> matched;
    private transient String matchedQuery;
    private String query;

    /** Seed 003's "enable ticket system": when off, the portal says so instead of offering tickets. */
    public boolean isTicketsEnabled() {
        if (ticketsEnabled == null) {
            ticketsEnabled = settings.mine().ticketsEnabled();
        }
        return ticketsEnabled;
    }

    public List<Ticket> getRecent() {
        if (recent == null) {
            recent = isTicketsEnabled() ? tickets.mine(10) : List.of();
        }
        return recent;
    }

    public List<Category> getTopics() {
        if (topics == null) {
            topics = categories.active();
        }
        return topics;
    }

    public List<Article> getPopularArticles() {
        if (popular == null) {
            popular = articles.popular().stream().limit(6).toList();
        }
        return popular;
    }

    /** Asked once per question typed, however often the page reads it while rendering. */
    public List<Article> getMatchingArticles() {
        if (blank()) {
            return List.of();
        }
        if (!query.strip().equals(matchedQuery)) {
            matched = articles.searchPublished(query.strip(), 5).stream().map(Articles.Found::article).toList();
            matchedQuery = query.strip();
        }
        return matched;
    }

    public List<Category> getMatchingTopics() {
        return getTopics().stream().filter(c -> matches(c.name()) || matches(c.description())).toList();
    }

    public List<Ticket> getMatchingTickets() {
        return blank() ? List.of() : getRecent().stream().filter(t -> matches(t.subject())).toList();
    }

    public boolean isSearching() {
        return !blank();
    }

    private boolean blank() {
        return query == null || query.strip().length() < 2 || query.strip().length() > Articles.QUESTION_LENGTH;
    }

    private boolean matches(String text) {
        if (blank() || text == null) {
            return false;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (word.length() > 1 && haystack.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public String label(Ticket ticket) {
        return Labels.statusForMember(ticket.status());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
