package io.memberpulse.support.categories.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A ticket category of one client. */
@Entity
@Table(name = "categories")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c ORDER BY c.displayOrder, c.name")
@NamedQuery(name = Category.ACTIVE,
        query = "SELECT c FROM Category c WHERE c.archived = FALSE ORDER BY c.displayOrder, c.name")
@NamedQuery(name = Category.BY_NAME_KEY, query = "SELECT c FROM Category c WHERE c.nameKey = :key")
@NamedQuery(name = Category.MAX_ORDER, query = "SELECT MAX(c.displayOrder) FROM Category c")
public class Category {

    public static final String ALL = "Category.all";
    public static final String ACTIVE = "Category.active";
    public static final String BY_NAME_KEY = "Category.byNameKey";
    public static final String MAX_ORDER = "Category.maxOrder";
    public static final int NAME_LENGTH = 80;
    public static final int DESCRIPTION_LENGTH = 500;

    @Id
    private UUID id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(nullable = false)
    private boolean archived;

    /** The team that tickets of this category go to (used by assignment rules). */
    @Column(name = "routing_team", length = 80)
    private String routingTeam;

    /** This category's first-response target, when stricter than the priority's (seed 002). */
    @Column(name = "first_response_hours")
    private Integer firstResponseHours;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Category() {
    }

    public Category(String name, String description, int displayOrder, String routingTeam,
            Integer firstResponseHours, Instant now) {
        this.id = Ids.next();
        rename(name);
        this.description = description;
        this.displayOrder = displayOrder;
        this.routingTeam = routingTeam;
        this.firstResponseHours = firstResponseHours;
        this.createdAt = now;
    }

    public static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String name) {
        this.name = name.trim();
        this.nameKey = keyOf(name);
    }

    public void describe(String description, String routingTeam, Integer firstResponseHours) {
        this.description = description;
        this.routingTeam = routingTeam;
        this.firstResponseHours = firstResponseHours;
    }

    public void moveTo(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public String description() {
        return description;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public boolean archived() {
        return archived;
    }

    public String routingTeam() {
        return routingTeam;
    }

    public Integer firstResponseHours() {
        return firstResponseHours;
    }

    public long version() {
        return version;
    }
}
