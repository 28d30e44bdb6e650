package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff side: the workflow, concurrent edits, numbering under load, the queue and its paging. */
@ExtendWith(RunningApplication.class)
class StaffTicketsSystemTest {

    private static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "WAITING_ON_MEMBER",
            "WAITING_ON_THIRD_PARTY", "RESOLVED", "CLOSED");

    /** The moves of ARCHITECTURE "Statuses", written out independently of the code under test. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "OPEN", Set.of("IN_PROGRESS", "RESOLVED"),
            "IN_PROGRESS", Set.of("WAITING_ON_MEMBER", "WAITING_ON_THIRD_PARTY", "RESOLVED", "OPEN"),
            "WAITING_ON_MEMBER", Set.of("IN_PROGRESS", "OPEN"),
            "WAITING_ON_THIRD_PARTY", Set.of("IN_PROGRESS", "OPEN"),
            "RESOLVED", Set.of("CLOSED", "OPEN"),
            "CLOSED", Set.of("OPEN"));

    /** How to bring a new ticket to each status through allowed moves. */
    private static final Map<String, List<String>> PATH = Map.of(
            "OPEN", List.of(),
            "IN_PROGRESS", List.of("IN_PROGRESS"),
            "WAITING_ON_MEMBER", List.of("IN_PROGRESS", "WAITING_ON_MEMBER"),
            "WAITING_ON_THIRD_PARTY", List.of("IN_PROGRESS", "WAITING_ON_THIRD_PARTY"),
            "RESOLVED", List.of("RESOLVED"),
            "CLOSED", List.of("RESOLVED", "CLOSED"));

    @Test
    void everyAllowedMovePassesAndEveryOtherIs409WithTheAllowedMoves() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                String id = TicketFixtures.submit(member, "Workflow " + from + " to " + to).getString("id");
                PATH.get(from).forEach(step -> assertEquals(200, move(agent, id, step).status()));
                Api.Reply reply = move(agent, id, to);
                if (ALLOWED.get(from).contains(to)) {
                    assertEquals(200, reply.status(), from + " -> " + to + ": " + reply.body());
                    assertEquals(to, reply.json().getString("status"));
                } else {
                    JsonObject problem = Problems.assertProblem(reply, 409);
                    assertEquals(from, problem.getString("from"));
                    Set<String> allowed = problem.getJsonArray("allowedMoves").getValuesAs(jakarta.json.JsonString.class)
                            .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toSet());
                    assertEquals(ALLOWED.get(from), allowed, from + " -> " + to);
                }
            }
        }
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndWhy() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String id = TicketFixtures.submit(member, "History please").getString("id");
        putJson("/api/tickets/" + id + "/status", agent, "{\"status\":\"IN_PROGRESS\",\"reason\":\"Looking\"}");
        JsonObject last = last(TicketFixtures.staffView(agent, id).getJsonArray("history").getValuesAs(JsonObject.class));
        assertEquals("STATUS_CHANGED", last.getString("type"));
        assertEquals("OPEN", last.getString("from"));
        assertEquals("IN_PROGRESS", last.getString("to"));
        assertEquals("Looking", last.getString("reason"));
        assertEquals("Alex Agent", last.getString("actor"));
    }

    @Test
    void theFirstPublicReplySetsTheFirstResponseTimeAndNotesDoNot() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String id = TicketFixtures.submit(member, "First response").getString("id");
        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"note\",\"internal\":true}");
        assertFalse(TicketFixtures.staffView(agent, id).containsKey("firstResponseAt"));
        assertEquals("OPEN", TicketFixtures.staffView(agent, id).getString("status"));
        Api.Reply reply = postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"Hello\"}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject ticket = TicketFixtures.staffView(agent, id);
        assertNotNull(ticket.getString("firstResponseAt"));
        assertEquals("IN_PROGRESS", ticket.getString("status"));
        assertFalse(ticket.getBoolean("needsResponse"));
        Problems.assertProblem(postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"  \"}"), 422);
    }

    @Test
    void ofTwoConcurrentUpdatesWithTheSameVersionExactlyOneWins() throws Exception {
        String member = token("demo", "member@demo.test");
        String admin = token("demo", "admin@demo.test");
        String id = TicketFixtures.submit(member, "Concurrent edits").getString("id");
        Api.Reply read = get("/api/tickets/" + id, admin);
        String etag = read.header("ETag").orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String subject : List.of("Edited by one", "Edited by two")) {
            results.add(pool.submit(() -> putWithEtag(id, admin, etag, "{\"subject\":\"" + subject + "\"}").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses);

        assertEquals(409, putWithEtag(id, admin, etag, "{\"subject\":\"Stale\"}").status());
        String fresh = get("/api/tickets/" + id, admin).header("ETag").orElseThrow();
        assertEquals(200, putWithEtag(id, admin, fresh, "{\"tags\":[\"vip\",\"billing\"]}").status());
        assertEquals(List.of("billing", "vip"), TicketFixtures.staffView(admin, id).getJsonArray("tags")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void agentsCannotReprioritiseOrAssignOthersButAdministratorsCan() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String admin = token("demo", "admin@demo.test");
        String id = TicketFixtures.submit(member, "Capabilities").getString("id");
        String etag = get("/api/tickets/" + id, agent).header("ETag").orElseThrow();
        Problems.assertProblem(putWithEtag(id, agent, etag, "{\"priority\":\"URGENT\"}"), 403);
        assertEquals(200, putWithEtag(id, admin, etag, "{\"priority\":\"URGENT\"}").status());

        String agent2Id = get("/api/auth/me", token("demo", "agent2@demo.test")).json().getString("id");
        String memberId = get("/api/auth/me", member).json().getString("id");
        Problems.assertProblem(putJson("/api/tickets/" + id + "/assign", agent, "{\"assigneeId\":\"" + agent2Id + "\"}"), 403);
        assertEquals(200, putJson("/api/tickets/" + id + "/assign", admin, "{\"assigneeId\":\"" + agent2Id + "\"}").status());
        JsonObject problem = Problems.assertProblem(
                putJson("/api/tickets/" + id + "/assign", admin, "{\"assigneeId\":\"" + memberId + "\"}"), 422);
        assertEquals("assigneeId", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Sam Support", TicketFixtures.staffView(admin, id).getJsonObject("assignee").getString("name"));
    }

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctNumbers() throws Exception {
        String member = token("demo", "member2@demo.test");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            jobs.add(() -> TicketFixtures.submit(member, "Concurrent submission " + n).getString("number"));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<String> number : pool.invokeAll(jobs)) {
            numbers.add(number.get());
        }
        pool.shutdown();
        assertEquals(50, numbers.size());
    }

    @Test
    void pagingWithTheCursorVisitsEveryTicketOnceInOrder() {
        String agent = token("demo", "agent@demo.test");
        Set<String> seen = new HashSet<>();
        List<Instant> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = get("/api/tickets?limit=7" + (cursor == null ? "" : "&cursor=" + cursor), agent).json();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertTrue(seen.add(item.getString("id")), "seen twice: " + item.getString("number"));
                order.add(Instant.parse(item.getString("updatedAt")));
            }
            cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 500);
        for (int i = 1; i < order.size(); i++) {
            assertFalse(order.get(i).isAfter(order.get(i - 1)), "newest first");
        }
        long total = get("/api/tickets/queue", agent).json().getJsonObject("byStatus").values().stream()
                .mapToLong(value -> ((jakarta.json.JsonNumber) value).longValue()).sum();
        assertEquals(total, seen.size());
    }

    @Test
    void filtersViewsAndSearchReturnOnlyMatchingTickets() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        JsonObject created = TicketFixtures.submit(member, "Quokka sighting at the annual meetup");
        for (JsonObject t : items(agent, "status=OPEN,IN_PROGRESS&priority=HIGH&limit=100")) {
            assertTrue(Set.of("OPEN", "IN_PROGRESS").contains(t.getString("status")));
            assertEquals("HIGH", t.getString("priority"));
        }
        List<JsonObject> unassigned = items(agent, "view=unassigned&limit=100");
        unassigned.forEach(t -> assertFalse(t.containsKey("assignee")));
        assertTrue(unassigned.stream().anyMatch(t -> t.getString("id").equals(created.getString("id"))));
        items(agent, "view=mine&limit=100").forEach(t ->
                assertEquals("agent@demo.test", t.getJsonObject("assignee").getString("email")));
        items(agent, "view=urgent&limit=100").forEach(t ->
                assertTrue(Set.of("HIGH", "URGENT").contains(t.getString("priority"))));
        items(agent, "view=needs-response&limit=100").forEach(t -> assertTrue(t.getBoolean("needsResponse")));
        items(agent, "member=member%40demo.test&limit=100").forEach(t ->
                assertEquals("member@demo.test", t.getJsonObject("member").getString("email")));

        assertEquals(List.of(created.getString("number")), items(agent, "q=quokka").stream()
                .map(t -> t.getString("number")).toList());
        assertEquals(created.getString("id"), items(agent, "q=" + created.getString("number")).get(0).getString("id"));
        assertTrue(items(agent, "q=" + URLEncoder.encode("Morgan Member", StandardCharsets.UTF_8) + "&limit=100")
                .stream().anyMatch(t -> t.getString("id").equals(created.getString("id"))));
        String today = Instant.now().toString().substring(0, 10);
        assertTrue(items(agent, "createdFrom=" + today + "&limit=100").stream()
                .anyMatch(t -> t.getString("id").equals(created.getString("id"))));
        assertTrue(items(agent, "createdTo=2000-01-01").isEmpty());
    }

    @Test
    void unreadableQueryParametersAre400NamingTheParameter() {
        String agent = token("demo", "agent@demo.test");
        for (String[] bad : new String[][] {{"status=SLEEPING", "status"}, {"limit=500", "limit"},
                {"cursor=garbage", "cursor"}, {"createdFrom=yesterday", "createdFrom"}, {"view=everything", "view"},
                {"sort=priority", "sort"}, {"categoryId=7", "categoryId"}}) {
            JsonObject problem = Problems.assertProblem(get("/api/tickets?" + bad[0], agent), 400);
            assertEquals(bad[1], problem.getJsonArray("errors").getJsonObject(0).getString("field"), bad[0]);
        }
    }

    @Test
    void administratorsManageCategoriesAndArchivedOnesLeaveTheMemberForm() {
        String admin = token("demo", "admin@demo.test");
        String agent = token("demo", "agent@demo.test");
        String member = token("demo", "member@demo.test");
        Api.Reply created = postJson("/api/tickets/categories", admin, "{\"name\":\"Journal Subscriptions\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Problems.assertProblem(postJson("/api/tickets/categories", admin, "{\"name\":\"journal subscriptions\"}"), 409);
        Problems.assertProblem(postJson("/api/tickets/categories", admin, "{\"name\":\"\"}"), 422);
        Problems.assertProblem(postJson("/api/tickets/categories", agent, "{\"name\":\"Agents may not\"}"), 403);
        assertTrue(get("/api/support/categories", member).body().contains("Journal Subscriptions"));

        Problems.assertProblem(get("/api/tickets/categories/" + id, token("acme", "admin@acme.test")), 404);
        Problems.assertProblem(putJson("/api/tickets/categories/" + id, token("acme", "admin@acme.test"),
                "{\"name\":\"Taken over\"}"), 404);
        assertEquals(200, Api.send("DELETE", "/api/tickets/categories/" + id, admin, null, null).status());
        assertFalse(get("/api/support/categories", member).body().contains("Journal Subscriptions"));
        assertTrue(get("/api/tickets/categories?includeArchived=true", admin).body().contains("Journal Subscriptions"));
        Problems.assertProblem(postJson("/api/support/tickets", member, "{\"subject\":\"x\",\"description\":\"y\","
                + "\"categoryId\":\"" + id + "\"}"), 422);

        List<String> ids = get("/api/tickets/categories?includeArchived=true", admin).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).collect(Collectors.toList());
        java.util.Collections.reverse(ids);
        String order = ids.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "{\"order\":[", "]}"));
        assertEquals(ids, putJson("/api/tickets/categories/order", admin, order).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList());
        Problems.assertProblem(putJson("/api/tickets/categories/order", admin, "{\"order\":[]}"), 422);
    }

    private static Api.Reply move(String token, String id, String status) {
        return putJson("/api/tickets/" + id + "/status", token, "{\"status\":\"" + status + "\"}");
    }

    private static List<JsonObject> items(String token, String query) {
        Api.Reply reply = get("/api/tickets?" + query, token);
        assertEquals(200, reply.status(), query + ": " + reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject last(List<JsonObject> list) {
        return list.get(list.size() - 1);
    }

    private static Api.Reply putWithEtag(String id, String token, String etag, String json) {
        return Api.send("PUT", "/api/tickets/" + id, token, "application/json", json, "If-Match", etag);
    }
}
