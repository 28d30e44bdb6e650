package io.memberpulse.support.attachments.control;

import io.memberpulse.support.attachments.entity.AttachmentContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Keeps the bytes of checked files by id, in the database and in the caller's transaction. Nothing here knows
 * tickets: an S3-compatible store would replace only this class.
 */
@ApplicationScoped
public class AttachmentStore {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    /** Stores the bytes of a file whose description (same id) is already written. */
    public void put(UUID id, byte[] bytes) {
        em.persist(new AttachmentContent(id, bytes));
    }

    public byte[] get(UUID id) {
        AttachmentContent content = em.find(AttachmentContent.class, id);
        return content == null ? new byte[0] : content.content();
    }
}
