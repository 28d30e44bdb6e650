package io.memberpulse.support.knowledge.boundary;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.control.ArticleRanking;
import io.memberpulse.support.knowledge.control.ArticleRanking.Candidate;
import io.memberpulse.support.knowledge.control.ArticleTexts;
import io.memberpulse.support.knowledge.control.Embedder;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.entity.Tags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The help centre of the caller's client: administrators write articles, staff read all of them, members read,
 * search and rate the published ones. Search ranks by meaning and words ({@link ArticleRanking}).
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER})
public class Articles {

    public static final int QUESTION_LENGTH = 500;
    public static final int MAX_RESULTS = 20;

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Embedder embedder;

    @Inject
    ArticleTexts texts;

    @Inject
    Clock clock;

    public record Draft(String title, String body, UUID categoryId, List<String> tags, Boolean published,
            Boolean popular) {
    }

    /** An article found for a question, with how well it matched (0 to 1). */
    public record Found(Article article, double score) {
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public List<Article> all() {
        return em.createNamedQuery(Article.ALL, Article.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public Article find(UUID id) {
        Article article = id == null ? null : em.find(Article.class, id);
        if (article == null) {
            throw new NotFound("Article", id);
        }
        return article;
    }

    @RolesAllowed(Role.ADMIN)
    public Article create(Draft draft) {
        Article article = new Article(content(draft), clock.instant());
        em.persist(article);
        return article;
    }

    @RolesAllowed(Role.ADMIN)
    public Article update(UUID id, Draft draft) {
        Article article = find(id);
        article.change(content(draft), clock.instant());
        return article;
    }

    @RolesAllowed(Role.ADMIN)
    public void delete(UUID id) {
        em.remove(find(id));
    }

    /** Staff search every article, drafts included; members only the published ones. */
    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public List<Found> searchAll(String question, int limit) {
        return search(question, all(), limit);
    }

    public List<Found> searchPublished(String question, int limit) {
        return search(question, em.createNamedQuery(Article.PUBLISHED, Article.class).getResultList(), limit);
    }

    /** The help centre's front page: popular articles first, then the most read. */
    public List<Article> popular() {
        return em.createNamedQuery(Article.PUBLISHED, Article.class).getResultList().stream()
                .sorted(Comparator.comparing(Article::popular).thenComparingLong(Article::viewCount).reversed()
                        .thenComparing(Article::title))
                .limit(MAX_RESULTS).toList();
    }

    /**
     * A published article as a member reads it; each read counts as a view. Counters are added in the database,
     * not through the entity: many members read at once, and an editor's version must not move when they do.
     */
    public Article read(UUID id) {
        Article article = published(id);
        em.createNamedQuery(Article.VIEWED).setParameter(1, id).executeUpdate();
        return article;
    }

    /** "Did this help?" from a member. */
    public void rate(UUID id, boolean helped) {
        published(id);
        em.createNamedQuery(helped ? Article.HELPED : Article.NOT_HELPED).setParameter(1, id).executeUpdate();
    }

    private Article published(UUID id) {
        Article article = id == null ? null : em.find(Article.class, id);
        if (article == null || !article.published()) {
            throw new NotFound("Article", id);
        }
        return article;
    }

    private List<Found> search(String question, List<Article> articles, int limit) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            throw new RuleViolation("q", "Say what you are looking for.");
        }
        if (q.length() > QUESTION_LENGTH) {
            throw new RuleViolation("q", "A question has at most " + QUESTION_LENGTH + " characters.");
        }
        Map<UUID, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<Candidate> candidates = articles.stream().map(a -> new Candidate(a.id(), a.title(), a.searchText(),
                a.tags(), Embedder.vector(a.embedding()))).toList();
        return ArticleRanking.rank(q, embedder.embed(q), candidates, Math.max(1, Math.min(limit, MAX_RESULTS)))
                .stream().map(match -> new Found(byId.get(match.id()), match.score())).toList();
    }

    private Article.Content content(Draft draft) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > Article.TITLE_LENGTH) {
            throw new RuleViolation("title", "A title of 1 to " + Article.TITLE_LENGTH + " characters is required.");
        }
        String body = RichText.sanitise(draft.body());
        String plain = RichText.plain(body);
        if (plain.isEmpty() || body.length() > Article.BODY_LENGTH) {
            throw new RuleViolation("body", "A body of 1 to " + Article.BODY_LENGTH + " characters is required.");
        }
        if (draft.categoryId() != null && em.find(Category.class, draft.categoryId()) == null) {
            throw new RuleViolation("categoryId", "No category " + draft.categoryId() + ".");
        }
        List<String> tags = Tags.of(draft.tags()).values().stream().sorted().toList();
        if (tags.stream().anyMatch(tag -> tag.contains(","))) {
            throw new RuleViolation("tags", "Tags cannot contain a comma.");
        }
        return texts.content(title, body, draft.categoryId(), tags, Boolean.TRUE.equals(draft.published()),
                Boolean.TRUE.equals(draft.popular()));
    }
}
