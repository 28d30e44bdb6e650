package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A public reply or an internal note on a ticket. Never deleted, never edited. */
@Entity
@Table(name = "responses")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Response.THREAD, query = "SELECT r FROM Response r LEFT JOIN FETCH r.author "
        + "WHERE r.ticket.id = :ticket ORDER BY r.createdAt, r.id")
@NamedQuery(name = Response.PUBLIC_THREAD, query = "SELECT r FROM Response r LEFT JOIN FETCH r.author "
        + "WHERE r.ticket.id = :ticket AND r.internal = FALSE ORDER BY r.createdAt, r.id")
@NamedQuery(name = Response.MOVE, query = "UPDATE Response r SET r.ticket = :primary WHERE r.ticket = :other")
public class Response {

    public static final String THREAD = "Response.thread";
    public static final String PUBLIC_THREAD = "Response.publicThread";
    public static final String MOVE = "Response.move";

    @Id
    private UUID id;

    /**
     * A relationship rather than a bare id, so that EclipseLink inserts the ticket first. Lazy, and never walked:
     * eager, a read of a thread (read-only, outside the persistence context) could build the ticket again with
     * its people and category, three or four statements more.
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    /** The ticket's id, read-only, so that {@link #ticketId()} needs no read of the ticket. */
    @Column(name = "ticket_id", insertable = false, updatable = false)
    private UUID ticketId;

    /** Null only for the opening message of a contact's ticket that was merged. */
    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    /** Sanitised HTML. */
    @Column(nullable = false, length = MessageBody.LENGTH)
    private String body;

    /** For a merged ticket's opening message: the number of the ticket it opened. */
    @Column(name = "merged_from", length = 24)
    private String mergedFrom;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Response() {
    }

    Response(Ticket ticket, Account author, String body, boolean internal, Instant now) {
        this.id = Ids.next();
        this.ticket = ticket;
        this.ticketId = ticket.id();
        this.author = author;
        this.body = body;
        this.internal = internal;
        this.createdAt = now;
    }

    void mergedFrom(String number) {
        this.mergedFrom = number;
    }

    public String mergedFrom() {
        return mergedFrom;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public Account author() {
        return author;
    }

    public String body() {
        return body;
    }

    public boolean internal() {
        return internal;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
