package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The Idempotency-Key a member sent with a submission, and the ticket it created: a retry with the same key
 * returns that ticket instead of creating a second one. Unique per client, member and key in the database, so
 * two concurrent retries cannot both create.
 */
@Entity
@Table(name = "idempotency_keys")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = SubmissionKey.FIND, query = "SELECT k FROM SubmissionKey k JOIN FETCH k.ticket "
        + "WHERE k.accountId = :account AND k.key = :key")
public class SubmissionKey {

    public static final String FIND = "SubmissionKey.find";
    public static final int KEY_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "idem_key", nullable = false, length = KEY_LENGTH)
    private String key;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    /** A digest of what was submitted, so that the key reused for something else is refused, not replayed. */
    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionKey() {
    }

    public SubmissionKey(UUID accountId, String key, String requestHash, Ticket ticket, Instant now) {
        this.id = Ids.next();
        this.accountId = accountId;
        this.key = key;
        this.requestHash = requestHash;
        this.ticket = ticket;
        this.createdAt = now;
    }

    public Ticket ticket() {
        return ticket;
    }

    /** Whether a retry sent the same request; keys written before digests were kept (null) replay as before. */
    public boolean sameRequest(String hash) {
        return requestHash == null || requestHash.equals(hash);
    }
}
