package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local AI provider through seed 000's endpoints: summary and draft, staff only, without PII. */
@ExtendWith(RunningApplication.class)
class AssistantSystemTest {

    private static final String CARD = "4111 1111 1111 1111";
    private static final String PHONE = "+44 7700 900123";

    private static int words(JsonObject summary) {
        String all = summary.getString("summary") + " "
                + String.join(" ", summary.getJsonArray("keyPoints").getValuesAs(JsonString::getString)) + " "
                + String.join(" ", summary.getJsonArray("suggestedActions").getValuesAs(JsonString::getString));
        return all.strip().split("\\s+").length;
    }

    @Test
    void anAgentGetsASummaryAndACitedDraftWithoutPiiOrInternalNotes() {
        String member = token("demo", "member@demo.test");
        String agent = token("demo", "agent@demo.test");
        String id = TicketFixtures.submit(member, Json.createObjectBuilder()
                .add("subject", "Charged twice for my annual renewal " + UUID.randomUUID().toString().substring(0, 6))
                .add("description", "<p>My card " + CARD + " shows two payments of 180.00 for the renewal on the 3rd. "
                        + "Please refund one. Call me on " + PHONE + ".</p>")
                .add("categoryId", TicketFixtures.categoryId(member, "Membership & Billing"))).getString("id");
        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"<p>SECRET-NOTE chargeback risk</p>\",\"internal\":true}");
        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"<p>We are looking into it.</p>\"}");
        postJson("/api/support/tickets/" + id + "/responses", member,
                "{\"body\":\"<p>Still not refunded after a week. This is unacceptable!!</p>\"}");

        Api.Reply reply = get("/api/tickets/" + id + "/summary", agent);
        assertEquals(200, reply.status(), reply.body());
        JsonObject summary = reply.json();
        assertEquals(id, summary.getString("ticketId"));
        assertTrue(words(summary) <= 100, words(summary) + " words: " + summary);
        assertTrue(reply.body().contains("180.00"), reply.body());
        assertFalse(reply.body().contains(CARD) || reply.body().contains("4111"), reply.body());
        assertFalse(reply.body().contains("7700"), reply.body());
        assertEquals("angry", summary.getString("sentiment"));
        assertEquals("local", summary.getString("provider"));
        assertTrue(summary.containsKey("generatedAt") && summary.containsKey("relatedTickets"));

        Api.Reply drafted = postJson("/api/tickets/" + id + "/draft-response", agent, "{\"tone\":\"friendly\"}");
        assertEquals(200, drafted.status(), drafted.body());
        JsonObject draft = drafted.json();
        assertTrue(draft.getString("draft").startsWith("Hi Morgan,"), draft.getString("draft"));
        assertEquals("friendly", draft.getString("tone"));
        assertEquals("Refund a duplicate payment", draft.getJsonArray("citations").getJsonObject(0).getString("title"));
        JsonObject attachment = draft.getJsonArray("suggestedAttachments").getJsonObject(0);
        assertEquals("knowledge_base", attachment.getString("type"));
        assertFalse(drafted.body().contains("SECRET-NOTE"), drafted.body());
        assertFalse(drafted.body().contains("4111") || drafted.body().contains("7700"), drafted.body());
        assertTrue(draft.getJsonNumber("confidence").doubleValue() > 0.5, drafted.body());

        assertEquals("professional", postJson("/api/tickets/" + id + "/draft-response", agent,
                "{\"tone\":\"formal\",\"includeKnowledgeBase\":false}").json().getString("tone"));
        Problems.assertProblem(postJson("/api/tickets/" + id + "/draft-response", agent, "{\"tone\":\"shouty\"}"), 422);
        Problems.assertProblem(get("/api/tickets/" + id + "/summary", member), 403);
        Problems.assertProblem(get("/api/tickets/" + id + "/summary", token("acme", "agent@acme.test")), 404);
        Problems.assertProblem(postJson("/api/tickets/" + UUID.randomUUID() + "/draft-response", agent, "{}"), 404);
        assertEquals(List.of(), get("/api/support/tickets/" + id, member).json().keySet().stream()
                .filter(key -> key.toLowerCase().contains("summary")).toList(), "members never see a summary");
    }

    @Test
    void summariesAreKeptWithTheirVersionsAndTheSettingsApply() {
        String member = token("demo", "member2@demo.test");
        String agent = token("demo", "agent@demo.test");
        String admin = token("demo", "admin@demo.test");
        String id = TicketFixtures.submit(member, Json.createObjectBuilder()
                .add("subject", "CPD hours missing for the March webinar " + UUID.randomUUID().toString().substring(0, 6))
                .add("description", "<p>The webinar on 12 March (2 hours) is missing from my CPD log.</p>")
                .add("categoryId", TicketFixtures.categoryId(member, "CPD"))).getString("id");

        JsonObject first = get("/api/tickets/" + id + "/summary", agent).json();
        assertEquals(1, first.getInt("version"));
        assertEquals("first summary", first.getString("reason"));
        assertEquals(1, get("/api/tickets/" + id + "/summary", agent).json().getInt("version"), "reading alone keeps it");
        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"<p>Could you tell us the webinar title?</p>\"}");
        postJson("/api/support/tickets/" + id + "/responses", member,
                "{\"body\":\"<p>It was Ethics in Practice. Still missing, I have asked three times!</p>\"}");
        // the refresher makes the new versions in the background, without anyone reading the summary
        long deadline = System.currentTimeMillis() + 20_000;
        var versions = get("/api/tickets/" + id + "/summary/history", agent).structure().asJsonArray();
        while (!versions.getJsonObject(0).getString("sentiment").equals("frustrated")) {
            assertTrue(System.currentTimeMillis() < deadline, "no background version: " + versions);
            sleep();
            versions = get("/api/tickets/" + id + "/summary/history", agent).structure().asJsonArray();
        }
        int made = versions.getJsonObject(0).getInt("version");
        JsonObject second = get("/api/tickets/" + id + "/summary", agent).json();
        assertEquals(made, second.getInt("version"), "the background version is the current one");
        assertEquals("frustrated", second.getString("sentiment"));
        JsonObject third = postJson("/api/tickets/" + id + "/summary/refresh", agent, "").json();
        assertEquals(made + 1, third.getInt("version"));
        assertTrue(third.getString("reason").startsWith("refreshed by"), third.toString());

        var history = get("/api/tickets/" + id + "/summary/history", agent).structure().asJsonArray();
        assertEquals(made + 1, history.size());
        assertTrue(history.getValuesAs(JsonObject.class).stream().filter(v -> !v.isNull("changes"))
                .anyMatch(v -> v.getJsonObject("changes").getString("sentiment").equals("neutral → frustrated")),
                history.toString());

        JsonObject digest = get("/api/tickets/" + id + "/conversation-summary", agent).json();
        assertTrue(digest.getJsonArray("timeline").size() >= 4, "three messages and a status change: " + digest);
        assertTrue(digest.getJsonArray("keyDecisions").getValuesAs(JsonString::getString).stream()
                .anyMatch(d -> d.startsWith("Status OPEN → IN_PROGRESS")), digest.toString());
        assertEquals("frustrated", digest.getJsonObject("memberSentiment").getString("label"));
        assertEquals("worsening", digest.getJsonObject("memberSentiment").getString("trend"));
        assertEquals(1, digest.getJsonArray("resolutionAttempts").size(), digest.toString());

        Api.Reply changed = Api.putJson("/api/settings/support-ai", admin, "{\"defaultTone\":\"concise\","
                + "\"terminology\":[{\"use\":\"member\",\"insteadOf\":[\"customer\"]}]}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("concise", postJson("/api/tickets/" + id + "/draft-response", agent, "{}").json().getString("tone"));
        Problems.assertProblem(Api.putJson("/api/settings/support-ai", admin, "{\"defaultTone\":\"rude\"}"), 422);
        Problems.assertProblem(Api.putJson("/api/settings/support-ai", agent, "{\"defaultTone\":\"concise\"}"), 403);
        assertEquals(200, Api.putJson("/api/settings/support-ai", admin, "{\"summary\":false}").status());
        Problems.assertProblem(get("/api/tickets/" + id + "/summary", agent), 403);
        assertEquals(200, Api.putJson("/api/settings/support-ai", admin, "{\"summary\":true,\"defaultTone\":"
                + "\"professional\"}").status());
        assertEquals(204, postJson("/api/tickets/" + id + "/draft-response/outcome", agent, "{\"outcome\":\"edited\"}")
                .status());
        Problems.assertProblem(postJson("/api/tickets/" + id + "/draft-response/outcome", agent, "{\"outcome\":\"x\"}"),
                422);
        JsonObject usage = get("/api/settings/support-ai/usage", admin).json();
        assertTrue(usage.getJsonNumber("drafts_edited").longValue() >= 1, usage.toString());
        assertTrue(usage.getJsonNumber("summaries_generated").longValue() >= 3, usage.toString());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
