package io.memberpulse.support.attachments.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
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

/** A file's description; its bytes are an {@link AttachmentContent}, read only for a download. */
@Entity
@Table(name = "attachments")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id")
@NamedQuery(name = Attachment.OF_TICKET,
        query = "SELECT a FROM Attachment a WHERE a.ticket.id = :ticket ORDER BY a.createdAt, a.id")
public class Attachment {

    public static final String OF_TICKET = "Attachment.ofTicket";

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

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

    public Attachment(Ticket ticket, Response response, String fileName, String contentType, long size,
            UUID uploadedBy, Instant now) {
        this.id = Ids.next();
        this.ticket = ticket;
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
        return ticket.id();
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
