package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void tooManySubmissionsInTheWindowAre429WithRetryAfter() {
        // a member no other test uses: once flooded, they stay limited for the rest of the window
        String member = token("demo", "member3@demo.test");
        int limit = Integer.parseInt(System.getProperty("memberpulse.test.intake-limit", "120"));
        int submitted = Api.get("/api/support/tickets?limit=100", member).structure().asJsonArray().size();
        Api.Reply reply = null;
        for (int i = 0; i <= limit; i++) {
            reply = Api.postJson("/api/support/tickets", member, Json.createObjectBuilder()
                    .add("subject", "Flood " + i).add("description", "again")
                    .add("categoryId", TicketFixtures.categoryId(member, "Other")).build().toString());
            if (reply.status() == 429) {
                break;
            }
            assertEquals(201, reply.status(), reply.body());
        }
        Problems.assertProblem(reply, 429);
        assertTrue(Long.parseLong(reply.header("Retry-After").orElseThrow()) > 0);
        assertTrue(submitted >= 0);
    }
}
