package io.memberpulse.support.api.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The RFC 9457 body every API error has, wherever it is written (JAX-RS mapper or security layer). */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    public static JsonObjectBuilder builder(int status, String title, String detail, String instance,
            String correlationId) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            problem.add("detail", detail);
        }
        if (instance != null) {
            problem.add("instance", instance);
        }
        if (correlationId != null) {
            problem.add("correlationId", correlationId);
        }
        return problem;
    }

    /** The title of a problem the container or JAX-RS raised by status alone: its reason phrase. */
    public static String title(int status) {
        if (status == 500) {
            return "Internal error";
        }
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** What to tell the caller about such a problem, said once for the exception mapper and the servlet filter. */
    public static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: check its headers (Content-Type, Accept) and body.";
            case 401 -> "Sign in first: send an access token as 'Authorization: Bearer <token>'.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method; see the Allow header.";
            case 406 -> "This address answers in application/json only.";
            case 413 -> "The request is too large.";
            case 415 -> "This address does not accept that media type; most take application/json.";
            default -> status >= 500 ? "Something went wrong on our side. Quote the correlation id if you contact "
                    + "support." : null;
        };
    }

    public static JsonObject of(int status, String title, String detail, String instance, String correlationId) {
        return builder(status, title, detail, instance, correlationId).build();
    }
}
