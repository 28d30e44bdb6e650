package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * More submissions in flight than the database pool has connections: each one's ticket number is taken in a
 * transaction of its own while its own transaction holds a connection. From one pool, every submission in flight
 * could hold one connection and wait for a second (16 at once on a pool of 8 wrote no ticket in 20 s, and this
 * node never became ready); numbers have a pool of their own.
 */
@ExtendWith(RunningApplication.class)
class SmallPoolSystemTest {

    private static final int SUBMISSIONS = 12;

    private static RunningApplication.Node node;

    @BeforeAll
    static void nodeWithASmallPool() throws Exception {
        assumeTrue(RunningApplication.onPostgres(), "the pool size is a PostgreSQL setting");
        node = RunningApplication.freshNode("memberpulse_test_small_pool", Map.of(
                "JAVA_OPTS", "-Dmemberpulse.demo-data=true -Dmemberpulse.jwt.generate-keys=true",
                "MEMBERPULSE_DB_POOL_SIZE", "2"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void everySubmissionComesThroughWhenMoreAreInFlightThanThePoolHasConnections() throws Exception {
        List<String> members = List.of(node.demoToken("member@demo.test"), node.demoToken("member2@demo.test"),
                node.demoToken("member3@demo.test"));
        String category = node.call("GET", "/api/support/categories", members.get(0), null).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("Other"))
                .findFirst().orElseThrow().getString("id");
        List<Callable<Api.Reply>> submissions = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String member = members.get(i % members.size());
            String body = Json.createObjectBuilder().add("subject", "Burst " + i)
                    .add("description", "<p>One of many at once</p>").add("categoryId", category).build().toString();
            submissions.add(() -> node.call("POST", "/api/support/tickets", member, body));
        }
        ExecutorService clients = Executors.newFixedThreadPool(SUBMISSIONS);
        // well under the pool's 60 s wait: a pool that ran dry shows as cancelled submissions, not a slow pass
        List<Future<Api.Reply>> replies = clients.invokeAll(submissions, 30, TimeUnit.SECONDS);
        clients.shutdownNow();
        Set<String> numbers = new HashSet<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply submitted = reply.get();
            assertEquals(201, submitted.status(), submitted.body());
            numbers.add(submitted.json().getString("number"));
        }
        assertEquals(SUBMISSIONS, numbers.size(), "every ticket has a number of its own: " + numbers);
    }
}
