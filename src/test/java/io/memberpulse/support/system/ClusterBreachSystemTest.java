package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.memberpulse.support.system.AccountManagementSystemTest.OwnClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one PostgreSQL database, each running the breach scan every minute at the same second: 200 tickets
 * falling due together are each escalated exactly once; after one node is killed, the other carries on alone.
 * The tickets are in a client of their own, so no other test sees their priorities change.
 */
@ExtendWith(RunningApplication.class)
class ClusterBreachSystemTest {

    private static final int TICKETS = 200;

    @Test
    void everyBreachIsEscalatedOnceAcrossTwoNodesAndTheSurvivorCarriesOn() throws Exception {
        assumeTrue(RunningApplication.onPostgres(), "two nodes share a PostgreSQL database");
        RunningApplication.secondNode("/health/ready");
        OwnClient client = OwnClient.create("cluster");
        String admin = client.admin();

        List<String> due = create(admin, TICKETS, Instant.now().plusSeconds(45), "first batch");
        awaitEscalated(admin, due, Duration.ofMinutes(3));
        for (String id : due) {
            JsonObject ticket = Api.get("/api/tickets/" + id, admin).json();
            assertEquals(1, count(ticket, "SLA_BREACHED"), "breached once: " + ticket.getString("number"));
            assertEquals(1, count(ticket, "PRIORITY_CHANGED"), "escalated once: " + ticket.getString("number"));
            assertEquals("URGENT", ticket.getString("priority"));
        }

        RunningApplication.killSecondNode();
        List<String> later = create(admin, 20, Instant.now().plusSeconds(30), "after the crash");
        awaitEscalated(admin, later, Duration.ofMinutes(3));
    }

    /** High tickets for contacts, each with a due date set by hand: the resolution target they will breach. */
    private static List<String> create(String admin, int count, Instant dueAt, String batch) {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            Api.Reply created = Api.postJson("/api/tickets", admin, Json.createObjectBuilder()
                    .add("submitterName", "Caller " + i).add("submitterEmail", "caller" + i + "@example.org")
                    .add("channel", "PHONE").add("subject", "Falling due, " + batch + " " + i)
                    .add("description", "<p>Promised by phone.</p>").add("priority", "HIGH")
                    .add("dueAt", dueAt.toString()).add("dueReason", "Promised on the phone").build().toString());
            assertEquals(201, created.status(), created.body());
            ids.add(created.json().getString("id"));
        });
        return ids;
    }

    /** Waits until every ticket is Urgent (escalated from High), reading the queue by priority. */
    private static void awaitEscalated(String admin, List<String> ids, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        Set<String> urgent = new TreeSet<>();
        while (Instant.now().isBefore(deadline)) {
            urgent.clear();
            String cursor = null;
            do {
                JsonObject page = Api.get("/api/tickets?priority=URGENT&limit=100"
                        + (cursor == null ? "" : "&cursor=" + cursor), admin).json();
                page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(t -> urgent.add(t.getString("id")));
                cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null
                        : page.getString("nextCursor");
            } while (cursor != null);
            if (urgent.containsAll(ids)) {
                return;
            }
            Thread.sleep(5_000);
        }
        long missing = ids.stream().filter(id -> !urgent.contains(id)).count();
        assertTrue(missing == 0, missing + " of " + ids.size() + " tickets were not escalated in " + patience);
    }

    private static long count(JsonObject ticket, String type) {
        return ticket.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(event -> type.equals(event.getString("type"))).count();
    }
}
