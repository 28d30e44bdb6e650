package io.memberpulse.support.tickets.entity;

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

/**
 * A file of a ticket's description, reply or note. Its bytes are kept by the attachments component under the same
 * id and read only for a download, so listing a thread never loads them.
 */
@Entity
@Table(name = "attachments")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Attachment.OF_TICKET,
        query = "SELECT a FROM Attachment a WHERE a.ticket.id = :ticket ORDER BY a.createdAt, a.id")
@NamedQuery(name = Attachment.ONTO_OPENING, query = "UPDATE Attachment a SET a.response = :opening "
        + "WHERE a.ticket = :other AND a.response IS NULL")
@NamedQuery(name = Attachment.MOVE, query = "UPDATE Attachment a SET a.ticket = :primary WHERE a.ticket = :other")
public class Attachment {

    public static final String OF_TICKET = "Attachment.ofTicket";
    /** A merged ticket's description files go with its opening message into the primary's thread. */
    public static final String ONTO_OPENING = "Attachment.ontoOpening";
    public static final String MOVE = "Attachment.move";

    @Id
    private UUID id;

    /**
     * A relationship rather than a bare id, so that EclipseLink inserts the ticket first. Lazy, and never walked,
     * like a response's: a list of files needs no ticket built.
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    /** The ticket's id, read-only, so that {@link #ticketId()} needs no read of the ticket. */
    @Column(name = "ticket_id", insertable = false, updatable = false)
    private UUID ticketId;

    /** Null for files of the ticket's description. */
    @ManyToOne
    @JoinColumn(name = "response_id")
    private Response response;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    /** Files of internal notes are internal: never shown or served to a member. */
    @Column(nullable = false)
    private boolean internal;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public static Attachment describe(Ticket ticket, Response response, String fileName, String contentType,
            long size, UUID uploadedBy, Instant now) {
        return new Attachment(ticket, response, fileName, contentType, size, uploadedBy, now);
    }

    private Attachment(Ticket ticket, Response response, String fileName, String contentType, long size,
            UUID uploadedBy, Instant now) {
        this.id = Ids.next();
        this.ticket = ticket;
        this.ticketId = ticket.id();
        this.response = response;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.internal = response != null && response.internal();
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public UUID responseId() {
        return response == null ? null : response.id();
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public boolean internal() {
        return internal;
    }
}
