package io.memberpulse.support.api.platform;

import jakarta.ws.rs.WebApplicationException;

/** An error a resource decides itself (e.g. a refused sign-in), written as problem+json by the mapper. */
public class ApiProblem extends WebApplicationException {

    private final String title;
    private final String detail;
    private final Long retryAfterSeconds;
    private String field;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ApiProblem(int status, String title, String detail, Long retryAfterSeconds) {
        super(detail, status);
        this.title = title;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 400 about one request field, named in the problem's {@code errors}. */
    public static ApiProblem badField(String field, String message) {
        ApiProblem problem = new ApiProblem(400, "Invalid request", message);
        problem.field = field;
        return problem;
    }

    public String field() {
        return field;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
