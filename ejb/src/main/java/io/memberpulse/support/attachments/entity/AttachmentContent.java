package io.memberpulse.support.attachments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The bytes of one attachment, kept apart so that lists of attachments never load them. */
@Entity
@Table(name = "attachment_contents")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(Attachment attachment, byte[] content) {
        this.attachment = attachment;
        this.attachmentId = attachment.id();
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
