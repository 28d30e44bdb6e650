package io.memberpulse.support.platform.entity;

import java.time.Duration;

/** A limit on how often something may be done was reached (429); the caller may try again after a while. */
public class TooManyRequests extends BusinessException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
