package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seed contract's second pass: staff-opened tickets, outreach, the seeds' words, the ticket system switch. */
@ExtendWith(RunningApplication.class)
class TicketCoreSystemTest {

    @Test
    void staffRecordATicketForAContactWhomNoPortalEverShows() {
        String agent = token("demo", "agent@demo.test");
        String member = token("demo", "member@demo.test");
        String agentId = get("/api/auth/me", agent).json().getString("id");
        // the contact even shares a member's e-mail: a contact's ticket is still not that member's
        Api.Reply created = postJson("/api/tickets", agent, Json.createObjectBuilder()
                .add("submitterName", "Pat Caller").add("submitterEmail", "member@demo.test")
                .add("submittedCompanyName", "Caller & Co").add("channel", "PHONE")
                .add("subject", "Phoned: event page down").add("description", "<p>Called at 9:05</p>")
                .add("priority", "CRITICAL").add("assigneeId", agentId)
                .add("tags", Json.createArrayBuilder().add("Phone-Intake"))
                .add("dueAt", "2026-12-24T10:00:00Z").add("dueReason", "Before the holiday closure").build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject ticket = created.json();
        assertEquals("URGENT", ticket.getString("priority"));
        assertEquals("PHONE", ticket.getString("channel"));
        assertFalse(ticket.containsKey("member"), "a contact is not a member");
        JsonObject contact = ticket.getJsonObject("contact");
        assertEquals("Pat Caller", contact.getString("name"));
        assertEquals("member@demo.test", contact.getString("email"));
        assertEquals("Caller & Co", contact.getString("companyName"));
        assertEquals("Alex Agent", ticket.getJsonObject("assignee").getString("name"));
        assertEquals(List.of("phone-intake"), ticket.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("Before the holiday closure", ticket.getString("dueReason"));
        String id = ticket.getString("id");

        assertFalse(get("/api/support/tickets?limit=100", member).body().contains(id));
        Problems.assertProblem(get("/api/support/tickets/" + id, member), 404);
        assertTrue(get("/api/tickets?member=member@demo.test&limit=100", agent).body().contains(id),
                "staff find it by the contact's e-mail");
        List<JsonObject> tagged = get("/api/tickets?tag=phone-intake&limit=100", agent).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(tagged.stream().anyMatch(t -> t.getString("id").equals(id)));
        for (JsonObject other : tagged) {
            assertTrue(TicketFixtures.staffView(agent, other.getString("id")).getJsonArray("tags").toString()
                    .contains("phone-intake"), other.toString());
        }

        Problems.assertProblem(postJson("/api/tickets", agent, "{\"subject\":\"Nobody\",\"description\":\"x\"}"), 422);
        Problems.assertProblem(postJson("/api/tickets", agent, "{\"member\":\"ghost@demo.test\",\"subject\":\"s\","
                + "\"description\":\"x\"}"), 422);
        Problems.assertProblem(postJson("/api/tickets", agent, "{\"member\":\"member@demo.test\",\"subject\":\"s\","
                + "\"description\":\"x\",\"channel\":\"PORTAL\"}"), 422);
        Problems.assertProblem(postJson("/api/tickets", token("demo", "member@demo.test"),
                "{\"member\":\"member@demo.test\",\"subject\":\"s\",\"description\":\"x\"}"), 403);
    }

    @Test
    void staffRecordATicketForAMemberWhoThenSeesIt() {
        String agent = token("demo", "agent@demo.test");
        Api.Reply created = postJson("/api/tickets", agent, "{\"member\":\"member2@demo.test\",\"channel\":\"EMAIL\","
                + "\"subject\":\"Forwarded by e-mail\",\"description\":\"<p>From the inbox</p>\",\"priority\":\"MEDIUM\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("NORMAL", created.json().getString("priority"));
        assertEquals("member2@demo.test", created.json().getJsonObject("member").getString("email"));
        assertFalse(created.json().containsKey("contact"));
        String id = created.json().getString("id");
        assertEquals(200, get("/api/support/tickets/" + id, token("demo", "member2@demo.test")).status());
    }

    /** Proactive outreach to 50 members: one ticket each, reported per member, unknown ones reported too. */
    @Test
    void outreachToFiftyMembersOpensOneTicketEachAndReportsEveryMember() throws Exception {
        Assumptions.assumeTrue(RunningApplication.onPostgres(), "members beyond the demo ones are added in SQL");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String client = "outreach-" + suffix;
        List<String> emails = SqlFixtures.addClient(client, 50).members();
        String agent = token(client, "agent@" + client + ".test");
        JsonArrayBuilder members = Json.createArrayBuilder();
        emails.forEach(members::add);
        members.add("nobody@" + client + ".test").add(emails.get(0)).add("agent@" + client + ".test")
                .add("member@demo.test");
        Api.Reply report = postJson("/api/tickets/bulk", agent, Json.createObjectBuilder().add("members", members)
                .add("subject", "Your CPD certificate is ready " + suffix)
                .add("body", "<p>Download it from your profile.</p>").build().toString());
        assertEquals(200, report.status(), report.body());
        JsonObject result = report.json();
        assertEquals(50, result.getInt("created"));
        assertEquals(4, result.getInt("refused"), "unknown, listed twice, staff, another client's member");
        List<JsonObject> rows = result.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(54, rows.size());
        assertEquals(50, rows.stream().filter(r -> r.containsKey("number")).map(r -> r.getString("number"))
                .distinct().count());
        assertEquals(emails.get(0), rows.get(0).getString("member"));
        for (JsonObject refused : rows.subList(50, 54)) {
            assertFalse(refused.containsKey("ticketId"), refused.toString());
            assertFalse(refused.getString("problem").isBlank());
        }
        List<JsonObject> queue = get("/api/tickets?q=" + suffix + "&limit=100", agent).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(50, queue.size());
        assertTrue(queue.stream().noneMatch(t -> t.getBoolean("needsResponse")), "staff spoke first");

        String someMember = token(client, emails.get(7));
        List<JsonObject> mine = get("/api/support/tickets", someMember).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).getString("subject").contains(suffix));
    }

    @Test
    void theSeedsWordsAreAcceptedAndIfMatchIsRecommendedNotRequired() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String admin = token("demo", "admin@demo.test");
        JsonObject submitted = TicketFixtures.submit(member, Json.createObjectBuilder().add("subject", "Seed words")
                .add("description", "x").add("categoryId", TicketFixtures.categoryId(member, "Other"))
                .add("priority", "MEDIUM"));
        String id = submitted.getString("id");
        assertEquals("NORMAL", TicketFixtures.staffView(agent, id).getString("priority"));

        Api.Reply noIfMatch = putJson("/api/tickets/" + id, admin, "{\"priority\":\"CRITICAL\"}");
        assertEquals(200, noIfMatch.status(), noIfMatch.body());
        assertEquals("URGENT", noIfMatch.json().getString("priority"));
        Problems.assertProblem(Api.send("PUT", "/api/tickets/" + id, admin, "application/json",
                "{\"priority\":\"LOW\"}", "If-Match", "\"0\""), 409);
        Problems.assertProblem(putJson("/api/tickets/" + id, admin, "{\"priority\":\"SOON\"}"), 400);

        assertEquals(201, postJson("/api/tickets/" + id + "/responses", agent,
                "{\"body\":\"<p>SEED-INTERNAL-NOTE</p>\",\"isInternal\":true}").status());
        assertFalse(get("/api/support/tickets/" + id, member).body().contains("SEED-INTERNAL-NOTE"));
        assertTrue(TicketFixtures.staffView(agent, id).toString().contains("SEED-INTERNAL-NOTE"));

        Api.Reply resolved = putJson("/api/tickets/" + id + "/status", agent,
                "{\"status\":\"IN_PROGRESS\"}");
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals(200, putJson("/api/tickets/" + id + "/status", agent,
                "{\"status\":\"RESOLVED\",\"reason\":\"Reset the member's password\"}").status());
        assertEquals("Reset the member's password", TicketFixtures.staffView(agent, id).getString("resolution"));
        assertEquals("Reset the member's password", get("/api/support/tickets/" + id, member).json()
                .getString("resolution"));
    }

    @Test
    void aTwoMegabyteReplyIsRefusedLikeTheStaffOneNotA500() {
        String member = token("demo", "member@demo.test");
        String id = TicketFixtures.submit(member, "Long reply").getString("id");
        String huge = Json.createObjectBuilder().add("body", "a".repeat(2 * 1024 * 1024)).build().toString();
        JsonObject problem = Problems.assertProblem(postJson("/api/support/tickets/" + id + "/responses", member, huge),
                422);
        assertEquals("body", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        Problems.assertProblem(postJson("/api/tickets/" + id + "/responses", token("demo", "agent@demo.test"), huge),
                422);
        Problems.assertProblem(postJson("/api/support/tickets/" + id + "/responses", member, "{\"body\":\" \"}"), 422);
    }

    @Test
    void whenTheClientSwitchesTheTicketSystemOffMembersAreToldSoAndNothingIsLost() {
        String admin = token("acme", "admin@acme.test");
        String member = token("acme", "member@acme.test");
        String id = TicketFixtures.submit(member, "Before the switch").getString("id");
        try {
            Api.Reply off = putJson("/api/settings/tickets", admin, "{\"ticketsEnabled\":false}");
            assertEquals(200, off.status(), off.body());
            assertFalse(off.json().getBoolean("ticketsEnabled"));
            JsonObject refused = Problems.assertProblem(postJson("/api/support/tickets", member,
                    "{\"subject\":\"s\",\"description\":\"d\"}"), 403);
            assertTrue(refused.getString("detail").contains("not available"), refused.toString());
            Problems.assertProblem(get("/api/support/tickets", member), 403);
            Problems.assertProblem(get("/api/support/tickets/" + id, member), 403);
            assertEquals(200, get("/api/tickets/" + id, admin).status(), "staff keep working");
            try (Browser browser = new Browser()) {
                browser.open("/portal/");
                browser.signIn("acme", "member@acme.test", Api.PASSWORD);
                assertTrue(browser.text("#tickets-off").contains("Support tickets are not available"),
                        browser.text("#tickets-off"));
                browser.screenshot("portal-tickets-off");
            }
        } finally {
            putJson("/api/settings/tickets", admin, "{\"ticketsEnabled\":true}");
        }
        assertEquals(200, get("/api/support/tickets/" + id, member).status());
    }
}
