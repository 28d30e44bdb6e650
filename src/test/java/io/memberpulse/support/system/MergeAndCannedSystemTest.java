package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApplication.class)
class MergeAndCannedSystemTest {

    @Test
    void mergeKeepsEveryReplyNoteAndEventInTimeOrderAndLinksBothWays() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String primary = TicketFixtures.submit(member, "Validation API down").getString("id");
        JsonObject duplicate = TicketFixtures.submit(member, "Validation API down again");
        String other = duplicate.getString("id");
        postJson("/api/tickets/" + other + "/responses", agent, "{\"body\":\"<p>NOTE-ON-DUPLICATE</p>\",\"internal\":true}");
        postJson("/api/tickets/" + other + "/responses", agent, "{\"body\":\"<p>REPLY-ON-DUPLICATE</p>\"}");
        postJson("/api/tickets/" + primary + "/responses", agent, "{\"body\":\"<p>REPLY-ON-PRIMARY</p>\"}");
        int eventsBefore = TicketFixtures.staffView(agent, primary).getJsonArray("history").size()
                + TicketFixtures.staffView(agent, other).getJsonArray("history").size();

        Api.Reply merged = postJson("/api/tickets/" + primary + "/merge", agent, "{\"ticketIds\":[\"" + other + "\"]}");
        assertEquals(200, merged.status(), merged.body());
        JsonObject view = merged.json();
        List<String> bodies = view.getJsonArray("thread").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("body")).toList();
        assertEquals(4, bodies.size(), bodies.toString());
        JsonObject opening = view.getJsonArray("thread").getJsonObject(0);
        assertTrue(bodies.get(0).contains("Validation API down again: it does not work."), bodies.get(0));
        assertEquals(duplicate.getString("number"), opening.getString("mergedFrom"));
        assertEquals("Morgan Member", opening.getJsonObject("author").getString("name"));
        assertFalse(opening.getBoolean("internal"));
        assertTrue(bodies.get(1).contains("NOTE-ON-DUPLICATE"));
        assertTrue(bodies.get(2).contains("REPLY-ON-DUPLICATE"));
        assertTrue(bodies.get(3).contains("REPLY-ON-PRIMARY"));
        String memberThread = get("/api/support/tickets/" + primary, member).body();
        assertTrue(memberThread.contains("Validation API down again: it does not work."), memberThread);
        assertFalse(memberThread.contains("NOTE-ON-DUPLICATE"), memberThread);
        assertEquals(duplicate.getString("number"),
                view.getJsonArray("mergedFrom").getJsonObject(0).getString("number"));
        int eventsAfter = view.getJsonArray("history").size()
                + TicketFixtures.staffView(agent, other).getJsonArray("history").size();
        assertTrue(eventsAfter >= eventsBefore + 3, eventsBefore + " -> " + eventsAfter);

        JsonObject closed = TicketFixtures.staffView(agent, other);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(primary, closed.getString("mergedIntoId"));
        assertFalse(get("/api/tickets?limit=100&q=" + duplicate.getString("number"), agent).body()
                .contains("\"id\":\"" + other + "\""), "merged tickets leave the queue");

        Problems.assertProblem(postJson("/api/tickets/" + primary + "/merge", agent, "{\"ticketIds\":[\"" + other + "\"]}"), 409);
        Problems.assertProblem(postJson("/api/tickets/" + primary + "/merge", agent, "{\"ticketIds\":[\"" + primary + "\"]}"), 422);
        Problems.assertProblem(postJson("/api/tickets/" + primary + "/merge", agent, "{\"ticketIds\":[]}"), 422);
        Problems.assertProblem(postJson("/api/tickets/" + primary + "/merge", agent,
                "{\"ticketIds\":[\"" + UUID.randomUUID() + "\"]}"), 404);
        String someoneElses = TicketFixtures.submit(token("demo", "member2@demo.test"), "Validation API down too")
                .getString("id");
        Problems.assertProblem(postJson("/api/tickets/" + primary + "/merge", agent,
                "{\"ticketIds\":[\"" + someoneElses + "\"]}"), 422);
        assertEquals("OPEN", TicketFixtures.staffView(agent, someoneElses).getString("status"));
        Problems.assertProblem(postJson("/api/tickets/" + primary + "/merge", token("acme", "agent@acme.test"),
                "{\"ticketIds\":[\"" + other + "\"]}"), 404);
    }

    @Test
    void cannedResponsesRenderTheirVariablesForATicketAndCanBeSent() {
        String member = token("demo", "member@demo.test");
        String admin = token("demo", "admin@demo.test");
        String agent = token("demo", "agent@demo.test");
        String shortcut = "/refund-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = postJson("/api/tickets/canned-responses", admin, "{\"title\":\"Refund on its way\","
                + "\"body\":\"<p>Dear {{member.firstName}}, the refund for {{ticket.number}} is on its way. {{agent.name}}</p>\","
                + "\"shortcut\":\"" + shortcut + "\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        Problems.assertProblem(postJson("/api/tickets/canned-responses", admin,
                "{\"title\":\"Typo\",\"body\":\"Hi {{member.fristName}}\"}"), 422);
        Problems.assertProblem(postJson("/api/tickets/canned-responses", admin,
                "{\"title\":\"Same shortcut\",\"body\":\"x\",\"shortcut\":\"" + shortcut + "\"}"), 409);
        Problems.assertProblem(postJson("/api/tickets/canned-responses", agent, "{\"title\":\"t\",\"body\":\"x\"}"), 403);

        JsonObject ticket = TicketFixtures.submit(member, "Charged twice");
        String rendered = get("/api/tickets/canned-responses/" + id + "/render?ticketId=" + ticket.getString("id"), agent)
                .json().getString("body");
        assertEquals("<p>Dear Morgan, the refund for " + ticket.getString("number") + " is on its way. Alex Agent</p>",
                rendered);

        Api.Reply sent = postJson("/api/tickets/" + ticket.getString("id") + "/responses", agent,
                "{\"cannedResponseId\":\"" + id + "\"}");
        assertEquals(201, sent.status(), sent.body());
        assertTrue(get("/api/support/tickets/" + ticket.getString("id"), member).body().contains("Dear Morgan"));

        assertEquals(204, Api.send("DELETE", "/api/tickets/canned-responses/" + id, admin, null, null).status());
        Problems.assertProblem(get("/api/tickets/canned-responses/" + id, agent), 404);
        Problems.assertProblem(get("/api/tickets/canned-responses/" + id, token("acme", "agent@acme.test")), 404);
    }
}
