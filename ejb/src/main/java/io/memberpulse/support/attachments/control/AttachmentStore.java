package io.memberpulse.support.attachments.control;

import io.memberpulse.support.attachments.entity.Attachment;
import io.memberpulse.support.attachments.entity.AttachmentContent;
import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores checked files in the database, in the caller's transaction, and reads them back. */
@ApplicationScoped
public class AttachmentStore {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    /** Stores files that {@link FileCheck#check} accepted. */
    public List<Attachment> store(Ticket ticket, Response response, List<CheckedFile> files, UUID uploader,
            Instant now) {
        return files.stream().map(file -> {
            Attachment attachment = new Attachment(ticket, response, file.fileName(), file.contentType(),
                    file.bytes().length, uploader, now);
            em.persist(attachment);
            em.persist(new AttachmentContent(attachment, file.bytes()));
            return attachment;
        }).toList();
    }

    public List<Attachment> ofTicket(UUID ticketId) {
        return em.createNamedQuery(Attachment.OF_TICKET, Attachment.class).setParameter("ticket", ticketId)
                .getResultList();
    }

    public Attachment find(UUID ticketId, UUID attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        return attachment != null && attachment.ticketId().equals(ticketId) ? attachment : null;
    }

    public byte[] content(Attachment attachment) {
        return em.find(AttachmentContent.class, attachment.id()).content();
    }
}
