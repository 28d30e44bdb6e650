package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules that act on their own, through the movable clock (MEMBERPULSE_TEST_CLOCK) on a node of its own, so
 * that moving its time disturbs no other test: a High ticket breaches after 4 business hours and is escalated
 * exactly once, a ticket waiting on the member does not breach, a resolved one closes after 7 days.
 */
@ExtendWith(RunningApplication.class)
class ServiceLevelSystemTest {

    private static RunningApplication.Node node;
    private static String admin;
    private static String member;

    @BeforeAll
    static void movableClockNode() throws Exception {
        assumeTrue(RunningApplication.onPostgres(), "the moved-clock node runs on a PostgreSQL database of its own");
        node = RunningApplication.freshNode("memberpulse_test_clock", Map.of(
                "JAVA_OPTS", "-Dmemberpulse.demo-data=true -Dmemberpulse.jwt.generate-keys=true",
                "MEMBERPULSE_TEST_CLOCK", "true",
                "MEMBERPULSE_TEST_CLOCK_ALLOW_DATABASE", "true"));
        admin = token("admin@demo.test");
        member = token("member@demo.test");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void breachesAreEscalatedOnceWaitingPausesAndResolvedTicketsClose() {
        // a calendar open around the clock on every day, spelled out, so the business-day walk is the one used
        StringBuilder week = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.append(week.isEmpty() ? "" : ",").append("{\"day\":\"").append(day)
                    .append("\",\"opens\":\"00:00\",\"closes\":\"24:00\"}");
        }
        Api.Reply policy = call("PUT", "/api/settings/sla", admin, "{\"timeZone\":\"Europe/London\","
                + "\"businessHours\":[" + week + "],\"holidays\":[{\"date\":\"2020-12-25\",\"name\":\"Christmas\"}],"
                + "\"escalation\":{\"raisePriority\":true,\"toSupervisor\":true}}");
        assertEquals(200, policy.status(), policy.body());
        assertEquals(7, policy.json().getJsonArray("businessHours").size());

        String billing = call("GET", "/api/tickets/categories", admin, null).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("Membership & Billing"))
                .findFirst().orElseThrow().getString("id");
        JsonObject high = create("Card reader rejects my membership card", "HIGH", billing);
        Instant opened = Instant.parse(high.getString("createdAt"));
        JsonObject sla = high.getJsonObject("sla");
        assertEquals("ON_TRACK", sla.getString("state"));
        assertEquals(opened.plus(Duration.ofHours(4)), Instant.parse(sla.getString("firstResponseDue")));

        JsonObject waiting = create("Which invoice do you mean?", "HIGH", null);
        assertEquals(200, status(waiting, "IN_PROGRESS").status());
        assertEquals(200, status(waiting, "WAITING_ON_MEMBER").status());
        JsonObject resolved = create("Password reset worked in the end", "NORMAL", null);
        assertEquals(200, status(resolved, "RESOLVED").status());

        advance("PT3H20M");
        assertEquals("AT_RISK", ticket(high).getJsonObject("sla").getString("state"), "83 % of 4 h used");
        List<String> breachingSoon = numbers(call("GET", "/api/tickets?view=breaching-soon&limit=100", admin, null));
        assertTrue(breachingSoon.contains(high.getString("number")), breachingSoon.toString());
        assertFalse(breachingSoon.contains(waiting.getString("number")), "paused tickets are not at risk");

        JsonObject moved = advance("PT41M");
        assertTrue(moved.getInt("escalated") >= 1, moved.toString());
        JsonObject escalated = ticket(high);
        assertEquals("URGENT", escalated.getString("priority"), "one step up from High");
        assertTrue(escalated.getJsonObject("sla").getBoolean("breached"));
        assertEquals(List.of("first response"), events(escalated, "SLA_BREACHED"));
        assertEquals(List.of("Escalated: first response overdue"), reasons(escalated, "PRIORITY_CHANGED"));
        assertEquals("admin@demo.test", escalated.getJsonObject("assignee").getString("email"),
                "handed to the Billing Team's supervisor");

        JsonObject paused = ticket(waiting);
        assertEquals("HIGH", paused.getString("priority"));
        assertEquals("PAUSED", paused.getJsonObject("sla").getString("state"));
        assertEquals(List.of(), events(paused, "SLA_BREACHED"), "waiting on the member does not breach");

        advance("PT1M");
        advance("P7D");
        JsonObject week7 = ticket(high);
        assertEquals(List.of("Escalated: first response overdue"), reasons(week7, "PRIORITY_CHANGED"),
                "escalated exactly once, however many scans ran");
        assertEquals(List.of("first response", "resolution"), events(week7, "SLA_BREACHED"));
        assertEquals(List.of(), events(ticket(waiting), "SLA_BREACHED"), "still waiting, still no breach");
        assertEquals("CLOSED", ticket(resolved).getString("status"), "closed 7 days after it was resolved");
    }

    @Test
    void theClockAndThePolicyRefuseBadInputAndStrangers() {
        Api.Reply zone = call("PUT", "/api/settings/sla", admin, "{\"timeZone\":\"Mars/Olympus\"}");
        assertEquals(422, zone.status(), zone.body());
        assertTrue(zone.body().contains("timeZone"), zone.body());
        Api.Reply hours = call("PUT", "/api/settings/sla", admin,
                "{\"businessHours\":[{\"day\":\"MONDAY\",\"opens\":\"17:00\",\"closes\":\"09:00\"}]}");
        assertEquals(422, hours.status(), hours.body());
        Api.Reply shorter = call("PUT", "/api/settings/sla", admin,
                "{\"targets\":[{\"priority\":\"LOW\",\"firstResponseMinutes\":600,\"resolutionMinutes\":60}]}");
        assertEquals(422, shorter.status(), shorter.body());
        assertEquals(400, call("POST", "/api/test/clock", admin, "{\"advance\":\"four hours\"}").status());
        assertEquals(422, call("POST", "/api/test/clock", admin, "{\"advance\":\"-PT1H\"}").status());
        assertEquals(403, call("POST", "/api/test/clock", member, "{\"advance\":\"PT1H\"}").status());
        assertEquals(403, call("GET", "/api/settings/sla", member, null).status());
        assertEquals(404, Api.postJson("/api/test/clock", Api.token("demo", "admin@demo.test"),
                "{\"advance\":\"PT1H\"}").status(), "the shared node has no test clock");
    }

    private static String token(String email) {
        return node.demoToken(email);
    }

    private static Api.Reply call(String method, String path, String token, String json) {
        return node.call(method, path, token, json);
    }

    private static JsonObject create(String subject, String priority, String categoryId) {
        var ticket = Json.createObjectBuilder().add("member", "member@demo.test").add("subject", subject)
                .add("description", "<p>" + subject + "</p>").add("priority", priority);
        if (categoryId != null) {
            ticket.add("categoryId", categoryId);
        }
        Api.Reply created = call("POST", "/api/tickets", admin, ticket.build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Api.Reply status(JsonObject ticket, String status) {
        return call("PUT", "/api/tickets/" + ticket.getString("id") + "/status", admin,
                "{\"status\":\"" + status + "\"}");
    }

    private static JsonObject ticket(JsonObject ticket) {
        Api.Reply read = call("GET", "/api/tickets/" + ticket.getString("id"), admin, null);
        assertEquals(200, read.status(), read.body());
        return read.json();
    }

    private static JsonObject advance(String by) {
        Api.Reply moved = call("POST", "/api/test/clock", admin, "{\"advance\":\"" + by + "\"}");
        assertEquals(200, moved.status(), moved.body());
        return moved.json();
    }

    private static List<String> numbers(Api.Reply page) {
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number")).toList();
    }

    private static List<String> events(JsonObject ticket, String type) {
        return history(ticket, type).stream().map(e -> e.getString("to")).toList();
    }

    private static List<String> reasons(JsonObject ticket, String type) {
        return history(ticket, type).stream().map(e -> e.getString("reason")).toList();
    }

    private static List<JsonObject> history(JsonObject ticket, String type) {
        return ticket.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> type.equals(e.getString("type"))).filter(e -> e.get("to") != JsonValue.NULL).toList();
    }
}
