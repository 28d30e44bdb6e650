package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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

/** One entry of a ticket's history: who changed what, from what, to what, why and when. Written once. */
@Entity
@Table(name = "ticket_events")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = TicketEvent.HISTORY,
        query = "SELECT e FROM TicketEvent e WHERE e.ticket.id = :ticket ORDER BY e.createdAt, e.id")
@NamedQuery(name = TicketEvent.PUBLIC_HISTORY, query = "SELECT e FROM TicketEvent e "
        + "WHERE e.ticket.id = :ticket AND e.internal = FALSE ORDER BY e.createdAt, e.id")
@NamedQuery(name = TicketEvent.MOVE, query = "UPDATE TicketEvent e SET e.ticket = :primary WHERE e.ticket = :other")
public class TicketEvent {

    public static final String HISTORY = "TicketEvent.history";
    public static final String PUBLIC_HISTORY = "TicketEvent.publicHistory";
    public static final String MOVE = "TicketEvent.move";

    @Id
    private UUID id;

    /**
     * A relationship rather than a bare id, so that EclipseLink inserts the ticket first. Lazy, and never walked:
     * eager, each read of a history (read-only, outside the persistence context) built the ticket again with
     * its people and category, four statements on every read of a ticket.
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    /** The ticket's id, read-only, so that {@link #ticketId()} needs no read of the ticket. */
    @Column(name = "ticket_id", insertable = false, updatable = false)
    private UUID ticketId;

    /** Null when the system acted (automatic close, escalation). */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "actor_id")
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventType type;

    @Column(name = "from_value", length = 200)
    private String fromValue;

    @Column(name = "to_value", length = 200)
    private String toValue;

    @Column(length = 500)
    private String reason;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, UUID actorId, EventType type, Object from, Object to, String reason, Instant now) {
        this.id = Ids.next();
        this.ticket = ticket;
        this.ticketId = ticket.id();
        this.actorId = actorId;
        this.type = type;
        this.fromValue = text(from);
        this.toValue = text(to);
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.internal = type.internal();
        this.createdAt = now;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public UUID actorId() {
        return actorId;
    }

    public EventType type() {
        return type;
    }

    public String fromValue() {
        return fromValue;
    }

    public String toValue() {
        return toValue;
    }

    public String reason() {
        return reason;
    }

    public boolean internal() {
        return internal;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
