package io.memberpulse.support.tickets.entity;


/** An attachment with its bytes, for a download the caller is allowed to make. */
public record FileDownload(Attachment attachment, byte[] content) {
}
