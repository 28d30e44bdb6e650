package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApplication.class)
class PlatformSystemTest {

    @Test
    void readinessChecksTheDatabase() {
        Api.Reply ready = get("/health/ready", null);
        assertEquals(200, ready.status());
        JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("database", check.getString("name"));
        assertEquals("UP", check.getString("status"));
        String product = check.getJsonObject("data").getString("product");
        assertEquals(RunningApplication.onPostgres() ? "PostgreSQL" : "H2", product);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Api.Reply openapi = get("/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/auth/token"));
        assertTrue(openapi.body().contains("/api/accounts/{id}"));
    }

    @Test
    void metricsAreExposedInPrometheusFormatWithTheJvmAndTheDatabasePool() {
        Api.Reply metrics = get("/metrics", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        java.util.regex.Matcher heap = java.util.regex.Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*} ([0-9.E]+)$")
                .matcher(metrics.body());
        assertTrue(heap.find(), "no used-heap figure in " + metrics.body().substring(0, 300));
        assertTrue(Double.parseDouble(heap.group(1)) > 1_000_000, "a running server uses more than a megabyte");
        assertTrue(metrics.body().contains("connection_pool_MemberPulsePool_"), "the application's own pool is measured");
    }

    @Test
    void anAdministratorRunsABatchJobToCompletion() throws InterruptedException {
        String admin = token("demo", "admin@demo.test");
        Api.Reply started = Api.send("POST", "/api/admin/jobs/release-expired-lockouts", admin, null, null);
        assertEquals(202, started.status(), started.body());
        long execution = started.json().getJsonNumber("executionId").longValue();
        String status = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && !status.equals("COMPLETED")) {
            status = get("/api/admin/jobs/executions/" + execution, admin).json().getString("status");
            Thread.sleep(200);
        }
        assertEquals("COMPLETED", status);
        Problems.assertProblem(Api.send("POST", "/api/admin/jobs/no-such-job", admin, null, null), 404);
    }
}
