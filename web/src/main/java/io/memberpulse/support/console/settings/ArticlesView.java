package io.memberpulse.support.console.settings;

import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Settings → Help centre: write, publish and search the client's articles, with how often each was read and how
 * often it helped.
 */
@Named("articleSettingsView")
@ViewScoped
public class ArticlesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Articles articles;

    @Inject
    transient Categories categories;

    private String query;
    /** What the table shows; a search, a save or a delete reads it again. */
    private transient List<Article> shown;
    private UUID editing;
    private String title;
    private String body;
    private UUID category;
    private String tags;
    private boolean published;
    private boolean popular;

    /** Every article by title; with a search, the best matches (drafts included). Read once, again after a search, a save or a delete (the table asks for it several times a render). */
    public List<Article> getShown() {
        if (shown != null) {
            return shown;
        }
        if (query == null || query.isBlank()) {
            shown = articles.all();
            return shown;
        }
        try {
            shown = articles.searchAll(query, Articles.MAX_RESULTS).stream().map(Articles.Found::article).toList();
        } catch (RuleViolation refused) {
            Messages.field("list:query", refused.getMessage());
            shown = List.of();
        }
        return shown;
    }

    public void edit(Article article) {
        editing = article.id();
        title = article.title();
        body = article.body();
        category = article.categoryId();
        tags = String.join(", ", article.tags());
        published = article.published();
        popular = article.popular();
    }

    public void cancel() {
        editing = null;
        title = null;
        body = null;
        category = null;
        tags = null;
        published = false;
        popular = false;
    }

    public void save() {
        List<String> tagList = tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        Articles.Draft draft = new Articles.Draft(title, body, category, tagList, published, popular);
        try {
            if (editing == null) {
                articles.create(draft);
            } else {
                articles.update(editing, draft);
            }
            Messages.info(title.strip() + (published ? " published" : " saved as a draft"), null);
            cancel();
            shown = null;
        } catch (RuleViolation refused) {
            Messages.field("article:" + switch (refused.field()) {
                case "body", "tags" -> refused.field();
                case "categoryId" -> "category";
                default -> "title";
            }, refused.getMessage());
        } catch (BusinessException refused) {
            Messages.field("article:title", refused.getMessage());
        }
    }

    public void delete(Article article) {
        articles.delete(article.id());
        Messages.info(article.title() + " deleted", null);
        shown = null;
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        shown = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public UUID getCategory() {
        return category;
    }

    public void setCategory(UUID category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public boolean isPopular() {
        return popular;
    }

    public void setPopular(boolean popular) {
        this.popular = popular;
    }
}
