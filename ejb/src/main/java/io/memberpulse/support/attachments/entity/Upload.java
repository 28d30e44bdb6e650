package io.memberpulse.support.attachments.entity;

/** A file as it arrived: the name the sender gave it and its bytes. */
public record Upload(String fileName, byte[] bytes) {
}
