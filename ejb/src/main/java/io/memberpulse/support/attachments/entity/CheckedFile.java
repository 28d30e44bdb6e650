package io.memberpulse.support.attachments.entity;

/** An upload that passed the checks, with the type its content showed, so nothing sniffs it a second time. */
public record CheckedFile(String fileName, String contentType, byte[] bytes) {
}
