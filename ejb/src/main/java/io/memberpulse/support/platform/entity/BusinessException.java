package io.memberpulse.support.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The root of every rule the domain refuses. It rolls the transaction back and is mapped once for REST
 * (problem+json) and once for Faces (an inline message); its message is written for the person who reads it.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message);
    }

    /** The HTTP status the API answers with; the UI shows the message whatever the status. */
    public abstract int status();

    /** A short, stable title for the problem type. */
    public abstract String title();

    /**
     * Extra members of the problem body that help the caller recover (text, or lists of text); none by default.
     * The exception says what they are, so the one mapper that writes problems needs to know no exception type.
     */
    public Map<String, Object> details() {
        return Map.of();
    }
}
