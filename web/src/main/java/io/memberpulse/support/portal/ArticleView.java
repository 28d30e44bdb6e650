package io.memberpulse.support.portal;

import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/** One published help-centre article as a member reads it, with "Did this help?". */
@Named("portalArticleView")
@ViewScoped
public class ArticleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Articles articles;

    private String id;
    private UUID articleId;
    private String title;
    private String body;
    private boolean rated;

    public void load() {
        try {
            articleId = UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("Article", id);
        }
        Article article = articles.read(articleId);
        title = article.title();
        body = article.body();
    }

    public void helped() {
        rate(true);
    }

    public void notHelped() {
        rate(false);
    }

    private void rate(boolean helped) {
        articles.rate(articleId, helped);
        rated = true;
        Messages.info("Thank you", helped ? "Glad it helped." : "We will improve it. You can also ask us directly.");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    /** Sanitised when it was written. */
    public String getBody() {
        return body;
    }

    public boolean isRated() {
        return rated;
    }
}
