package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.send;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApplication.class)
class ApiErrorsSystemTest {

    @Test
    void anUnknownPathIs404() {
        Problems.assertProblem(Api.get("/api/no-such-thing", null), 404);
        Problems.assertProblem(Api.get("/api/no-such-thing", token("demo", "admin@demo.test")), 404);
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() {
        Api.Reply reply = send("DELETE", "/api/auth/token", null, null, null);
        Problems.assertProblem(reply, 405);
        assertTrue(reply.header("Allow").orElse("").contains("POST"));
    }

    @Test
    void malformedJsonIs400() {
        Problems.assertProblem(Api.postJson("/api/auth/token", null, "{\"client\": \"demo\", "), 400);
        Problems.assertProblem(Api.postJson("/api/auth/token", null, "[1, 2"), 400);
    }

    @Test
    void aWrongMediaTypeIs415() {
        Problems.assertProblem(send("POST", "/api/auth/token", null, "text/plain", "client=demo"), 415);
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        JsonObject problem = Problems.assertProblem(Api.postJson("/api/auth/token", null, "{\"client\":\"demo\"}"), 400);
        Set<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("email", "password"), fields);
    }

    @Test
    void aRuleViolationIs422NamingTheField() {
        String admin = token("demo", "admin@demo.test");
        String id = Api.get("/api/auth/me", admin).json().getString("id");
        JsonObject problem = Problems.assertProblem(Api.putJson("/api/accounts/" + id, admin, "{\"name\":\"  \"}"), 422);
        // the field as the request names it
        assertEquals("name", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void everyResponseCarriesACorrelationIdAndEchoesTheCallersOwn() {
        var request = java.net.http.HttpRequest.newBuilder(RunningApplication.uri("/api/no-such-thing"))
                .header("X-Correlation-Id", "trace-42").build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals("trace-42", response.headers().firstValue("X-Correlation-Id").orElse(null));
            assertTrue(response.body().contains("\"correlationId\":\"trace-42\""));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(Api.get("/health/ready", null).header("X-Correlation-Id").isPresent());
    }
}
