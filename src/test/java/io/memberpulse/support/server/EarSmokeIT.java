package io.memberpulse.support.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR is a real deployable: it deploys on Payara Server 6 and answers there. */
@ExtendWith(PayaraServerDomain.class)
class EarSmokeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void deploy() throws Exception {
        String ear = System.getProperty("memberpulse.ear", Path.of("target/memberpulse.ear").toString());
        PayaraServerDomain.remote("deploy", "--name", "memberpulse", ear);
    }

    @AfterAll
    static void undeploy() throws Exception {
        PayaraServerDomain.remote("undeploy", "memberpulse");
    }

    @Test
    void theEarIsHealthyAndServesTheApiAPageAndABatchJob() throws Exception {
        HttpResponse<String> ready = get("/health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());

        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(PayaraServerDomain.uri("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"client\":\"demo\",\"email\":\"admin@demo.test\",\"password\":\"demo-password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String bearer = json(token.body()).getString("accessToken");
        assertEquals("admin@demo.test", json(get("/api/auth/me", bearer).body()).getString("email"));

        HttpResponse<String> page = get("/login", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Sign in"));

        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(
                        PayaraServerDomain.uri("/api/admin/jobs/release-expired-lockouts"))
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        long execution = json(started.body()).getJsonNumber("executionId").longValue();
        String status = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !status.equals("COMPLETED")) {
            status = json(get("/api/admin/jobs/executions/" + execution, bearer).body()).getString("status");
            Thread.sleep(250);
        }
        assertEquals("COMPLETED", status);
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PayaraServerDomain.uri(path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
