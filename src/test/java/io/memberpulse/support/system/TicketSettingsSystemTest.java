package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Seed 003's general ticket settings: stored, validated all or none, and honoured by the API. */
@ExtendWith(RunningApplication.class)
class TicketSettingsSystemTest {

    @Test
    void theDefaultsAreSeed003sAndAnOutOfRangeValueChangesNothing() {
        String admin = token("demo", "admin@demo.test");
        JsonObject settings = get("/api/settings/tickets", admin).json();
        assertEquals(7, settings.getInt("autoCloseDays"));
        assertTrue(settings.getBoolean("categoryRequired"));
        assertTrue(settings.getBoolean("memberAttachments"));
        assertEquals(10, settings.getInt("maxAttachmentMegabytes"));

        JsonObject refused = Problems.assertProblem(putJson("/api/settings/tickets", admin,
                "{\"ticketsEnabled\":false,\"autoCloseDays\":400}"), 422);
        assertEquals("autoCloseDays", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
        refused = Problems.assertProblem(putJson("/api/settings/tickets", admin,
                "{\"categoryRequired\":false,\"maxAttachmentMegabytes\":50}"), 422);
        assertEquals("maxAttachmentMegabytes", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(settings, get("/api/settings/tickets", admin).json(), "all or none: nothing changed");
        Problems.assertProblem(putJson("/api/settings/tickets", token("demo", "agent@demo.test"),
                "{\"autoCloseDays\":1}"), 403);
    }

    @Test
    void withTheCategoryOptionalAMemberMaySubmitWithoutOne() {
        String admin = token("acme", "admin@acme.test");
        String member = token("acme", "member@acme.test");
        String body = Json.createObjectBuilder().add("subject", "A general question")
                .add("description", "<p>Where do I find the bylaws?</p>").build().toString();
        JsonObject refused = Problems.assertProblem(postJson("/api/support/tickets", member, body), 422);
        assertEquals("categoryId", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
        try {
            assertEquals(200, putJson("/api/settings/tickets", admin, "{\"categoryRequired\":false}").status());
            Api.Reply created = postJson("/api/support/tickets", member, body);
            assertEquals(201, created.status(), created.body());
            assertTrue(!created.json().containsKey("category") || created.json().isNull("category"),
                    created.body());
        } finally {
            putJson("/api/settings/tickets", admin, "{\"categoryRequired\":true}");
        }
    }

    /** Needs the database itself to move a resolution into the past: PostgreSQL only (CI's database). */
    @Test
    void resolvedTicketsCloseOnceAfterTheClientsPeriodAndNoSooner() throws Exception {
        assumeTrue(RunningApplication.onPostgres(), "back-dates a resolution through JDBC");
        String admin = token("acme", "admin@acme.test");
        String agent = token("acme", "agent@acme.test");
        String member = token("acme", "member@acme.test");
        String old = TicketFixtures.submit(member, "Resolved last week").getString("id");
        String recent = TicketFixtures.submit(member, "Resolved yesterday").getString("id");
        for (String id : List.of(old, recent)) {
            assertEquals(200, putJson("/api/tickets/" + id + "/status", agent,
                    "{\"status\":\"RESOLVED\",\"reason\":\"Fixed\"}").status());
        }
        backdateResolution(old, 8);
        backdateResolution(recent, 6);

        Problems.assertProblem(postJson("/api/admin/jobs/auto-close", agent, ""), 403);
        Api.Reply run = postJson("/api/admin/jobs/auto-close", admin, "");
        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("closed") >= 1, run.body());
        JsonObject closed = TicketFixtures.staffView(admin, old);
        assertEquals("CLOSED", closed.getString("status"));
        assertTrue(closed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "CLOSED".equals(e.getString("to", null))
                        && e.getString("reason", "").equals("Closed automatically after 7 days resolved")),
                closed.toString());
        assertEquals("RESOLVED", TicketFixtures.staffView(admin, recent).getString("status"), "6 days: not yet");
        assertEquals(0, postJson("/api/admin/jobs/auto-close", admin, "").json().getInt("closed"), "only once");

        try {
            putJson("/api/settings/tickets", admin, "{\"autoCloseDays\":0}");
            backdateResolution(recent, 100);
            assertEquals(0, postJson("/api/admin/jobs/auto-close", admin, "").json().getInt("closed"));
            assertEquals("RESOLVED", TicketFixtures.staffView(admin, recent).getString("status"), "0: never");
        } finally {
            putJson("/api/settings/tickets", admin, "{\"autoCloseDays\":7}");
        }
    }

    private static void backdateResolution(String ticketId, int days) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("MEMBERPULSE_TEST_DB_URL"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", ""));
                PreparedStatement update = db.prepareStatement("UPDATE tickets SET resolved_at = now() - "
                        + "make_interval(days => ?) WHERE id = ?")) {
            update.setInt(1, days);
            update.setObject(2, UUID.fromString(ticketId));
            assertEquals(1, update.executeUpdate());
        }
    }
}
