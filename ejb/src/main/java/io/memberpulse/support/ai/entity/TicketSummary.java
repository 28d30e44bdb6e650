package io.memberpulse.support.ai.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** One version of a ticket's summary: what it said (JSON), who made it, from what and why. Never changed. */
@Entity
@Table(name = "ticket_summaries")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = TicketSummary.VERSIONS,
        query = "SELECT s FROM TicketSummary s WHERE s.ticketId = :ticket ORDER BY s.version DESC")
public class TicketSummary {

    public static final String VERSIONS = "TicketSummary.versions";

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 20_000)
    private String content;

    @Column(nullable = false, length = 60)
    private String provider;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected TicketSummary() {
    }

    public TicketSummary(UUID ticketId, int version, String content, String provider, String source, String reason,
            Instant generatedAt) {
        this.id = Ids.next();
        this.ticketId = ticketId;
        this.version = version;
        this.content = content;
        this.provider = provider;
        this.source = source;
        this.reason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        this.generatedAt = generatedAt;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public int version() {
        return version;
    }

    public String content() {
        return content;
    }

    public String provider() {
        return provider;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }

    public Instant generatedAt() {
        return generatedAt;
    }
}
