package io.memberpulse.support.tickets.control;

import io.memberpulse.support.attachments.control.AttachmentStore;
import io.memberpulse.support.attachments.entity.CheckedFile;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.tickets.entity.Attachment;
import io.memberpulse.support.tickets.entity.FileDownload;
import io.memberpulse.support.tickets.entity.Response;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The files of a ticket's messages: described here, their bytes kept by the attachments component. */
@ApplicationScoped
public class TicketFiles {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    AttachmentStore store;

    /** Attaches checked files to the ticket's description ({@code response} null) or to one message. */
    public void attach(Ticket ticket, Response response, List<CheckedFile> files, UUID uploader, Instant now) {
        if (files.isEmpty()) {
            return;
        }
        List<Attachment> described = files.stream().map(file -> Attachment.describe(ticket, response,
                file.fileName(), file.contentType(), file.bytes().length, uploader, now)).toList();
        described.forEach(em::persist);
        // the bytes' row refers to the description's: write the descriptions first
        em.flush();
        for (int i = 0; i < files.size(); i++) {
            store.put(described.get(i).id(), files.get(i).bytes());
        }
    }

    /** A file of this ticket; an internal note's file only when {@code withInternal}. */
    public FileDownload download(Ticket ticket, UUID attachmentId, boolean withInternal) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.ticketId().equals(ticket.id()) || attachment.internal() && !withInternal) {
            throw new NotFound("Attachment", attachmentId);
        }
        return new FileDownload(attachment, store.get(attachment.id()));
    }
}
