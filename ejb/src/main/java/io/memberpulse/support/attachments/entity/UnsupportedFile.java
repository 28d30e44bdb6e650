package io.memberpulse.support.attachments.entity;

import io.memberpulse.support.platform.entity.BusinessException;

/** A file whose content is not one of the accepted types (415), whatever its name says. */
public class UnsupportedFile extends BusinessException {

    public UnsupportedFile(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String title() {
        return "Unsupported file type";
    }
}
