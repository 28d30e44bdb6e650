package io.memberpulse.support.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * An agent who has a ticket open in the console, seen at a time, perhaps writing a reply: what the collision
 * notice shows to the others. Refreshed by the page; stale rows simply stop counting.
 */
@Entity
@Table(name = "ticket_viewers")
@IdClass(TicketViewer.Key.class)
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = TicketViewer.OTHERS, query = "SELECT v FROM TicketViewer v WHERE v.ticketId = :ticket "
        + "AND v.accountId <> :me AND v.seenAt > :since")
public class TicketViewer {

    public static final String OTHERS = "TicketViewer.others";

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(nullable = false)
    private boolean replying;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected TicketViewer() {
    }

    public TicketViewer(UUID ticketId, UUID accountId) {
        this.ticketId = ticketId;
        this.accountId = accountId;
    }

    public void seen(boolean replying, Instant now) {
        this.replying = replying;
        this.seenAt = now;
    }

    public UUID accountId() {
        return accountId;
    }

    public boolean replying() {
        return replying;
    }

    /** The composite key: one row per ticket and agent (a class, as JPA wants an id class). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID ticketId;
        private UUID accountId;

        public Key() {
        }

        public Key(UUID ticketId, UUID accountId) {
            this.ticketId = ticketId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(ticketId, key.ticketId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, accountId);
        }
    }
}
