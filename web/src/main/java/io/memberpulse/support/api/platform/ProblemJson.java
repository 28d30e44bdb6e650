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

    public static JsonObject of(int status, String title, String detail, String instance, String correlationId) {
        return builder(status, title, detail, instance, correlationId).build();
    }
}
