package io.memberpulse.support.attachments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** The bytes of one file, under the id of the attachment that describes it; kept apart so lists never load them. */
@Entity
@Table(name = "attachment_contents")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
