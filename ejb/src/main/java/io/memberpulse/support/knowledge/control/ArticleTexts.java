package io.memberpulse.support.knowledge.control;

import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.platform.control.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * What an article keeps beside its body for search: its words (tags and plain text) and its sentence vector, both
 * made from the same sanitised body so that they always describe the text members read.
 */
@ApplicationScoped
public class ArticleTexts {

    @Inject
    Embedder embedder;

    public Article.Content content(String title, String sanitisedBody, UUID categoryId, List<String> tags,
            boolean published, boolean popular) {
        String plain = RichText.plain(sanitisedBody);
        float[] vector = embedder.embed(ArticleRanking.embeddingText(title, plain));
        return new Article.Content(title, sanitisedBody, (String.join(" ", tags) + " " + plain).strip(), categoryId,
                tags, published, popular, Embedder.bytes(vector));
    }
}
