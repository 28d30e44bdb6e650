package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A member submits, follows, replies and reopens; and never sees what is internal or not theirs. */
@ExtendWith(RunningApplication.class)
class MemberTicketsSystemTest {

    @Test
    void aSubmittedTicketHasANumberALocationAndAnExpectedResponseTime() {
        String member = token("demo", "member@demo.test");
        Api.Reply reply = postJson("/api/support/tickets", member, Json.createObjectBuilder()
                .add("subject", "Charged twice for my renewal")
                .add("description", "<p>Two payments on my card.</p><script>alert('x')</script>")
                .add("categoryId", TicketFixtures.categoryId(member, "Membership & Billing"))
                .add("priority", "HIGH").build().toString());
        assertEquals(201, reply.status(), reply.body());
        JsonObject created = reply.json();
        assertTrue(created.getString("number").matches("TKT-\\d{4}-\\d{5}"), created.getString("number"));
        assertEquals("OPEN", created.getString("status"));
        assertTrue(reply.header("Location").orElseThrow().endsWith("/api/support/tickets/" + created.getString("id")));
        // High is 4 hours, stricter than the category's 24
        assertEquals("Within 4 hours", created.getString("expectedFirstResponse"));
        Instant due = Instant.parse(created.getString("expectedFirstResponseBy"));
        assertTrue(Duration.between(Instant.now(), due).toMinutes() > 230);

        JsonObject detail = get("/api/support/tickets/" + created.getString("id"), member).json();
        assertFalse(detail.getString("description").contains("script"), "sanitised: " + detail.getString("description"));
        assertTrue(detail.getString("description").contains("Two payments on my card."));
        assertTrue(get("/api/support/tickets", member).body().contains(created.getString("number")));
    }

    @Test
    void badSubmissionsSayWhichFieldIsWrong() {
        String member = token("demo", "member@demo.test");
        String category = TicketFixtures.categoryId(member, "Events");
        assertField(postJson("/api/support/tickets", member, "{\"subject\":\" \",\"description\":\"x\",\"categoryId\":\""
                + category + "\"}"), 422, "subject");
        assertField(postJson("/api/support/tickets", member, "{\"subject\":\"Hi\",\"description\":\"<script></script>\","
                + "\"categoryId\":\"" + category + "\"}"), 422, "description");
        assertField(postJson("/api/support/tickets", member, "{\"subject\":\"Hi\",\"description\":\"x\"}"), 422,
                "categoryId");
        assertField(postJson("/api/support/tickets", member, "{\"subject\":\"Hi\",\"description\":\"x\",\"categoryId\":\""
                + category + "\",\"priority\":\"URGENT\"}"), 422, "priority");
        Problems.assertProblem(postJson("/api/support/tickets", member, "{\"subject\":\"Hi\",\"description\":\"x\","
                + "\"categoryId\":\"" + category + "\",\"priority\":\"SEVERE\"}"), 400);
        Problems.assertProblem(postJson("/api/support/tickets", member, "{\"subject\":\"Hi\",\"description\":\"x\","
                + "\"categoryId\":\"" + java.util.UUID.randomUUID() + "\"}"), 404);
    }

    @Test
    void staffCannotUseTheMemberEndpointsNorMembersTheStaffOnes() {
        Problems.assertProblem(postJson("/api/support/tickets", token("demo", "agent@demo.test"), "{}"), 403);
        Problems.assertProblem(get("/api/tickets", token("demo", "member@demo.test")), 403);
    }

    @Test
    void aMemberNeverSeesAnInternalNoteNorInternalHistory() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String id = TicketFixtures.submit(member, "Directory search is empty").getString("id");
        postJson("/api/tickets/" + id + "/responses", agent,
                "{\"body\":\"<p>SECRET-NOTE: customer is on the legacy plan</p>\",\"internal\":true}");
        Api.Reply assign = Api.putJson("/api/tickets/" + id + "/assign", agent,
                "{\"assigneeId\":\"" + get("/api/auth/me", agent).json().getString("id") + "\"}");
        assertEquals(200, assign.status(), assign.body());
        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"<p>We are on it.</p>\"}");

        String detail = get("/api/support/tickets/" + id, member).body();
        assertFalse(detail.contains("SECRET-NOTE"), detail);
        assertFalse(detail.contains("NOTE_ADDED"), detail);
        assertFalse(detail.contains("ASSIGNEE_CHANGED"), detail);
        assertTrue(detail.contains("We are on it."), detail);
        assertFalse(get("/api/support/tickets", member).body().contains("SECRET-NOTE"));

        String staff = get("/api/tickets/" + id, agent).body();
        assertTrue(staff.contains("SECRET-NOTE"));
        assertTrue(staff.contains("NOTE_ADDED"));
    }

    @Test
    void anotherMembersOrAnotherClientsTicketIs404OnEveryEndpoint() {
        String owner = token("demo", "member@demo.test");
        String id = TicketFixtures.submit(owner, "Certificate missing").getString("id");
        for (String stranger : new String[] {token("demo", "member2@demo.test"), token("acme", "member@acme.test")}) {
            Problems.assertProblem(get("/api/support/tickets/" + id, stranger), 404);
            Problems.assertProblem(postJson("/api/support/tickets/" + id + "/responses", stranger, "{\"body\":\"hi\"}"), 404);
            Problems.assertProblem(postJson("/api/support/tickets/" + id + "/reopen", stranger, "{}"), 404);
        }
        String acmeAgent = token("acme", "agent@acme.test");
        Problems.assertProblem(get("/api/tickets/" + id, acmeAgent), 404);
        Problems.assertProblem(Api.putJson("/api/tickets/" + id, acmeAgent, "{\"subject\":\"x\"}"), 404);
        Problems.assertProblem(postJson("/api/tickets/" + id + "/responses", acmeAgent, "{\"body\":\"x\"}"), 404);
        Problems.assertProblem(Api.putJson("/api/tickets/" + id + "/assign", acmeAgent, "{}"), 404);
        Problems.assertProblem(Api.putJson("/api/tickets/" + id + "/status", acmeAgent, "{\"status\":\"RESOLVED\"}"), 404);
        assertFalse(get("/api/tickets?limit=100&q=Certificate", acmeAgent).body().contains(id));
    }

    /**
     * The portal's ticket page, opened by number by another member, reads exactly as a number nobody has: the
     * error page, 404, naming only the number asked for. It was a blank page (200) that had failed halfway, and the
     * message it meant to show named the hidden ticket by its id.
     */
    @Test
    void anotherMembersTicketPageReadsAsANumberNobodyHas() throws Exception {
        JsonObject ticket = TicketFixtures.submit(token("demo", "member@demo.test"), "Badge not received");
        String number = ticket.getString("number");
        HttpClient stranger = SignedInPages.signedIn("demo", "member2@demo.test");
        for (String asked : new String[] {number, "TKT-1999-99999"}) {
            HttpResponse<String> page = SignedInPages.page(stranger, "/portal/ticket?number=" + asked);
            assertEquals(404, page.statusCode(), asked);
            assertTrue(page.body().contains("Ticket " + asked + " does not exist."), page.body());
            assertFalse(page.body().contains(ticket.getString("id")), "the hidden ticket's id on the page");
            assertFalse(page.body().contains("Badge not received"), "the hidden ticket's subject on the page");
        }
        HttpResponse<String> own = SignedInPages.page(SignedInPages.signedIn("demo", "member@demo.test"),
                "/portal/ticket?number=" + number);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Badge not received"), "the owner's page");
    }

    @Test
    void aMemberReplyOnAWaitingTicketResumesWorkAndAResolvedOneCanBeReopened() {
        String member = token("demo", "member2@demo.test");
        String agent = token("demo", "agent@demo.test");
        String id = TicketFixtures.submit(member, "App crashes on start").getString("id");

        postJson("/api/tickets/" + id + "/responses", agent,
                "{\"body\":\"Which phone do you use?\",\"statusAfter\":\"WAITING_ON_MEMBER\"}");
        assertEquals("WAITING_ON_MEMBER", get("/api/support/tickets/" + id, member).json().getString("status"));
        assertEquals(201, postJson("/api/support/tickets/" + id + "/responses", member, "{\"body\":\"A Pixel 8\"}").status());
        JsonObject staff = TicketFixtures.staffView(agent, id);
        assertEquals("IN_PROGRESS", staff.getString("status"));
        assertTrue(staff.getBoolean("needsResponse"));

        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"Fixed in 2.4.1\",\"statusAfter\":\"RESOLVED\"}");
        assertEquals("RESOLVED", get("/api/support/tickets/" + id, member).json().getString("status"));
        assertEquals("OPEN", postJson("/api/support/tickets/" + id + "/reopen", member,
                "{\"reason\":\"Still crashes\"}").json().getString("status"));
        JsonObject reopened = Problems.assertProblem(postJson("/api/support/tickets/" + id + "/reopen", member, "{}"), 409);
        assertEquals("OPEN", reopened.getString("from"));
    }

    private static void assertField(Api.Reply reply, int status, String field) {
        JsonObject problem = Problems.assertProblem(reply, status);
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }
}
