package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** What every API error must look like: RFC 9457 problem+json, a readable title, and no stack trace. */
final class Problems {

    private Problems() {
    }

    static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertTrue(problem.containsKey("correlationId"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
        return problem;
    }
}
