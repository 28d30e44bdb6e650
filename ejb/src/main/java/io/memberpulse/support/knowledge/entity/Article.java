package io.memberpulse.support.knowledge.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.NullableUuidConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A help-centre article: rich text that members read and rate, with its plain text and sentence vector kept beside
 * it for search. The vector is given by whoever changes the article, so it can never describe an older text.
 */
@Entity
@Table(name = "knowledge_articles")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Article.ALL, query = "SELECT a FROM Article a ORDER BY a.title, a.id")
@NamedQuery(name = Article.PUBLISHED, query = "SELECT a FROM Article a WHERE a.published = TRUE")
// counters in SQL: a JPQL bulk update would also move the version, and readers must not disturb an editor
@NamedNativeQuery(name = Article.VIEWED, query = "UPDATE knowledge_articles SET view_count = view_count + 1 WHERE id = ?")
@NamedNativeQuery(name = Article.HELPED,
        query = "UPDATE knowledge_articles SET helped_count = helped_count + 1 WHERE id = ?")
@NamedNativeQuery(name = Article.NOT_HELPED,
        query = "UPDATE knowledge_articles SET not_helped_count = not_helped_count + 1 WHERE id = ?")
public class Article {

    public static final String ALL = "Article.all";
    public static final String PUBLISHED = "Article.published";
    public static final String VIEWED = "Article.viewed";
    public static final String HELPED = "Article.helped";
    public static final String NOT_HELPED = "Article.notHelped";
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 50_000;

    @Id
    private UUID id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "category_id")
    private UUID categoryId;

    /** Lower-case tags joined by commas; tags never contain one. */
    @Column(nullable = false)
    private String tags;

    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false)
    private boolean popular;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "helped_count", nullable = false)
    private long helpedCount;

    @Column(name = "not_helped_count", nullable = false)
    private long notHelpedCount;

    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] embedding;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {
    }

    public Article(Content content, Instant now) {
        this.id = Ids.next();
        this.createdAt = now;
        change(content, now);
    }

    /** What an editor sets; {@code searchText} and {@code embedding} are derived from the rest by the caller. */
    public record Content(String title, String body, String searchText, UUID categoryId, List<String> tags,
            boolean published, boolean popular, byte[] embedding) {
    }

    public void change(Content content, Instant now) {
        this.title = content.title();
        this.body = content.body();
        this.searchText = content.searchText();
        this.categoryId = content.categoryId();
        this.tags = String.join(",", content.tags());
        this.published = content.published();
        this.popular = content.popular();
        this.embedding = content.embedding().clone();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String searchText() {
        return searchText;
    }

    public UUID categoryId() {
        return categoryId;
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public boolean published() {
        return published;
    }

    public boolean popular() {
        return popular;
    }

    public long viewCount() {
        return viewCount;
    }

    public long helpedCount() {
        return helpedCount;
    }

    public long notHelpedCount() {
        return notHelpedCount;
    }

    public byte[] embedding() {
        return embedding.clone();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
