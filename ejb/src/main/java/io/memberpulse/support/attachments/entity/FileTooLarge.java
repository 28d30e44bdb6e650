package io.memberpulse.support.attachments.entity;

import io.memberpulse.support.platform.entity.BusinessException;

/** A file over the size limit (413). */
public class FileTooLarge extends BusinessException {

    public FileTooLarge(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "File too large";
    }
}
