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

    /** The bytes of a stored file; they are written with its description, so missing bytes are a fault, not a 404. */
    public byte[] get(UUID id) {
        AttachmentContent content = em.find(AttachmentContent.class, id);
        if (content == null) {
            throw new IllegalStateException("The bytes of attachment " + id + " are missing");
        }
        return content.content();
    }
}
