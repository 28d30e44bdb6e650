package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Intake safeguards: retries do not duplicate, likely duplicates are flagged, floods are limited. */
@ExtendWith(RunningApplication.class)
class IntakeSystemTest {

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameTicketEvenConcurrently() throws Exception {
        String member = token("demo", "member2@demo.test");
        String body = Json.createObjectBuilder().add("subject", "Retry me").add("description", "<p>Flaky network</p>")
                .add("categoryId", TicketFixtures.categoryId(member, "Other")).build().toString();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Api.Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> Api.send("POST", "/api/support/tickets", member, "application/json", body,
                    "Idempotency-Key", key));
        }
        Set<String> ids = new HashSet<>();
        for (Future<Api.Reply> attempt : pool.invokeAll(attempts)) {
            Api.Reply reply = attempt.get();
            assertEquals(201, reply.status(), reply.body());
            ids.add(reply.json().getString("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        Api.Reply again = Api.send("POST", "/api/support/tickets", member, "application/json", body,
                "Idempotency-Key", key);
        assertEquals(ids.iterator().next(), again.json().getString("id"));
        assertEquals("true", again.header("Idempotent-Replayed").orElse(null));
        Api.Reply other = Api.send("POST", "/api/support/tickets", member, "application/json", body,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertFalse(ids.contains(other.json().getString("id")));
    }

    @Test
    void aLikelyDuplicateOfTheMembersOwnOpenTicketIsFlagged() {
        String member = token("demo", "member2@demo.test");
        JsonObject first = TicketFixtures.submit(member, "Badge shows my old surname " + UUID.randomUUID());
        assertFalse(first.containsKey("possibleDuplicateOf"));
        String subject = Api.get("/api/support/tickets/" + first.getString("id"), member).json().getString("subject");
        JsonObject second = TicketFixtures.submit(member, subject.toUpperCase());
        assertEquals(first.getString("number"), second.getJsonObject("possibleDuplicateOf").getString("number"));
        // someone else's ticket with the same subject is not the member's duplicate
        assertFalse(TicketFixtures.submit(token("demo", "member@demo.test"), subject).containsKey("possibleDuplicateOf"));
    }

    /**
     * The limit holds under a burst: with room for exactly 10 more tickets, 30 concurrent submissions give exactly
     * 10 tickets and 20 × 429 with Retry-After (before the intake lock, 15 of 30 got in with a limit of 10).
     */
    @Test
    void aBurstOfSubmissionsGetsExactlyTheRoomLeftAndTheRestAre429() throws Exception {
        // a member no other test uses: once flooded, they stay limited for the rest of the window
        String member = token("demo", "member3@demo.test");
        String category = TicketFixtures.categoryId(member, "Other");
        int limit = Integer.parseInt(System.getProperty("memberpulse.test.intake-limit", "120"));
        // the demo data's tickets of this member are hours old: only the ones made in the window count
        Instant windowStart = Instant.now().minus(Duration.ofMinutes(10));
        long already = Api.get("/api/support/tickets?limit=100", member).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> Instant.parse(t.getString("createdAt")).isAfter(windowStart)).count();
        for (long i = already; i < limit - 10; i++) {
            assertEquals(201, submit(member, category, "Fill " + i).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Callable<Api.Reply>> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String subject = "Burst " + i;
            burst.add(() -> submit(member, category, subject));
        }
        int created = 0;
        int limited = 0;
        for (Future<Api.Reply> attempt : pool.invokeAll(burst)) {
            Api.Reply reply = attempt.get();
            if (reply.status() == 201) {
                created++;
            } else {
                Problems.assertProblem(reply, 429);
                assertTrue(Long.parseLong(reply.header("Retry-After").orElseThrow()) > 0);
                limited++;
            }
        }
        pool.shutdown();
        assertEquals(10, created, "tickets created by the burst");
        assertEquals(20, limited, "submissions refused by the burst");
        Api.Reply after = submit(member, category, "One more");
        Problems.assertProblem(after, 429);
    }

    /** The same burst split over two nodes of one database: the lock is the database's, so the count is exact. */
    @Test
    void theLimitHoldsExactlyWhenTheBurstIsSplitOverTwoNodes() throws Exception {
        Assumptions.assumeTrue(RunningApplication.onPostgres(), "two nodes share a PostgreSQL database");
        SqlFixtures.Client client = SqlFixtures.addClient("intake-" + UUID.randomUUID().toString().substring(0, 8),
                1);
        String member = token(client.slug(), client.members().get(0));
        String category = client.category().toString();
        int limit = Integer.parseInt(System.getProperty("memberpulse.test.intake-limit", "120"));
        for (int i = 0; i < limit - 10; i++) {
            assertEquals(201, submit(member, category, "Fill " + i).status());
        }
        URI second = RunningApplication.secondNode("/api/support/tickets");
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Callable<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String body = Json.createObjectBuilder().add("subject", "Two nodes " + i).add("description", "again")
                    .add("categoryId", category).build().toString();
            URI node = i % 2 == 0 ? RunningApplication.uri("/api/support/tickets") : second;
            burst.add(() -> http.send(HttpRequest.newBuilder(node).header("Authorization", "Bearer " + member)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : pool.invokeAll(burst)) {
            statuses.add(attempt.get());
        }
        pool.shutdown();
        assertEquals(10, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(20, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
    }

    @Test
    void anIdempotencyKeyReusedForADifferentSubmissionIsRefusedAndTheSameOneStillReplays() {
        String member = token("demo", "member2@demo.test");
        String category = TicketFixtures.categoryId(member, "Other");
        String key = UUID.randomUUID().toString();
        String first = Json.createObjectBuilder().add("subject", "Key reuse " + key).add("description", "first")
                .add("categoryId", category).build().toString();
        Api.Reply created = Api.send("POST", "/api/support/tickets", member, "application/json", first,
                "Idempotency-Key", key);
        assertEquals(201, created.status(), created.body());
        String other = Json.createObjectBuilder().add("subject", "Something else").add("description", "second")
                .add("categoryId", category).build().toString();
        Api.Reply refused = Api.send("POST", "/api/support/tickets", member, "application/json", other,
                "Idempotency-Key", key);
        Problems.assertProblem(refused, 422);
        assertTrue(refused.json().getString("detail").contains(key), refused.body());
        Api.Reply replayed = Api.send("POST", "/api/support/tickets", member, "application/json", first,
                "Idempotency-Key", key);
        assertEquals(201, replayed.status());
        assertEquals(created.json().getString("id"), replayed.json().getString("id"));
        assertFalse(Api.get("/api/support/tickets?limit=100", member).body().contains("Something else"));
    }

    private static Api.Reply submit(String member, String category, String subject) {
        return Api.postJson("/api/support/tickets", member, Json.createObjectBuilder().add("subject", subject)
                .add("description", "again").add("categoryId", category).build().toString());
    }
}
