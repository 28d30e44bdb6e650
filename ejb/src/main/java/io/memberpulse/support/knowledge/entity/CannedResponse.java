package io.memberpulse.support.knowledge.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A reusable reply with variables such as {@code {{member.firstName}}}, inserted by title or shortcut. */
@Entity
@Table(name = "canned_responses")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = CannedResponse.ALL, query = "SELECT c FROM CannedResponse c ORDER BY c.title, c.id")
@NamedQuery(name = CannedResponse.BY_SHORTCUT, query = "SELECT c FROM CannedResponse c WHERE c.shortcut = :shortcut")
public class CannedResponse {

    public static final String ALL = "CannedResponse.all";
    public static final String BY_SHORTCUT = "CannedResponse.byShortcut";
    public static final int TITLE_LENGTH = 120;
    public static final int BODY_LENGTH = 20_000;

    @Id
    private UUID id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "category_id")
    private UUID categoryId;

    @Column(length = 60)
    private String shortcut;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(String title, String body, UUID categoryId, String shortcut, Instant now) {
        this.id = Ids.next();
        this.createdAt = now;
        change(title, body, categoryId, shortcut);
    }

    public void change(String title, String body, UUID categoryId, String shortcut) {
        this.title = title;
        this.body = body;
        this.categoryId = categoryId;
        this.shortcut = shortcut;
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

    public UUID categoryId() {
        return categoryId;
    }

    public String shortcut() {
        return shortcut;
    }
}
