package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The openai-compatible provider against a local server that speaks the chat-completions protocol, including its
 * failures: a valid structured answer, a malformed one, a timeout, 429 and 500; the fallback answers, the circuit
 * opens, and nothing with PII is sent. Uses the acme client, so the demo client keeps the local provider.
 */
@ExtendWith(RunningApplication.class)
class AiProviderSystemTest {

    private static final String CARD = "4111 1111 1111 1111";
    private static final String PHONE = "+44 7700 900123";
    private static final String NOTE = "NOTE-ONLY-FOR-STAFF";

    private static HttpServer server;
    private static volatile String mode = "valid";
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startChatCompletions() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", RunningApplication.AI_PORT), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", AiProviderSystemTest::answer);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(body);
        JsonObject request = Json.createReader(new java.io.StringReader(body)).readObject();
        boolean draft = request.getJsonArray("messages").getJsonObject(0).getString("content").contains("draft a reply");
        String content = switch (mode) {
            case "malformed" -> "Sure! Here is your summary: the member is unhappy.";
            default -> draft
                    ? "{\"draft\":\"Dear Mia, we have refunded the second payment. Kind regards, Arnold\",\"confidence\":0.8}"
                    : "{\"summary\":\"Mia was charged twice (180.00) and wants a refund.\",\"keyPoints\":[\"Two payments "
                            + "of 180.00\"],\"sentiment\":\"frustrated\",\"sentimentConfidence\":0.9,\"suggestedActions\":"
                            + "[\"Confirm the refund.\"]}";
        };
        int status = switch (mode) {
            case "429" -> 429;
            case "500" -> 500;
            default -> 200;
        };
        if (mode.equals("timeout")) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = (status == 200 ? Json.createObjectBuilder().add("id", "chatcmpl-1").add("object", "chat.completion")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("finish_reason", "stop").add("message", Json.createObjectBuilder()
                                .add("role", "assistant").add("content", content))))
                .build().toString() : "{\"error\":{\"message\":\"try later\"}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (status == 429) {
            exchange.getResponseHeaders().add("Retry-After", "20");
        }
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Test
    void theOutsideModelAnswersUntilItFailsThenTheLocalProviderDoesAndTheCircuitOpens() {
        String admin = token("acme", "admin@acme.test");
        String agent = token("acme", "agent@acme.test");
        String member = token("acme", "member@acme.test");
        Api.Reply chosen = putJson("/api/settings/support-ai", admin, "{\"provider\":\"openai-compatible\"}");
        assertEquals(200, chosen.status(), chosen.body());
        Problems.assertProblem(putJson("/api/settings/support-ai", admin, "{\"provider\":\"skynet\"}"), 422);

        String id = TicketFixtures.submit(member, Json.createObjectBuilder().add("subject", "Charged twice for renewal")
                .add("description", "<p>My card " + CARD + " was charged 180.00 twice. Call me on " + PHONE + ".</p>")
                .add("categoryId", TicketFixtures.categoryId(member, "Membership & Billing"))).getString("id");
        postJson("/api/tickets/" + id + "/responses", agent, "{\"body\":\"<p>" + NOTE + "</p>\",\"internal\":true}");

        // a valid structured answer
        Api.Reply summary = get("/api/tickets/" + id + "/summary", agent);
        assertEquals(200, summary.status(), summary.body());
        assertEquals("openai-compatible", summary.json().getString("provider"));
        assertEquals("Mia was charged twice (180.00) and wants a refund.", summary.json().getString("summary"));
        assertEquals("frustrated", summary.json().getString("sentiment"));
        Api.Reply draft = postJson("/api/tickets/" + id + "/draft-response", agent, "{\"tone\":\"formal\"}");
        assertEquals("openai-compatible", draft.json().getString("provider"), draft.body());
        assertTrue(draft.json().getString("draft").startsWith("Dear Mia"), draft.body());
        String sentToDraft = received.get(received.size() - 1);
        assertFalse(sentToDraft.contains(NOTE), "internal notes never go into a draft's input");
        assertTrue(received.get(0).contains("\"model\":\"test-model\"") && received.get(0).contains("json_object"));

        // a malformed answer, then a timeout: the built-in provider answers
        mode = "malformed";
        Api.Reply malformed = postJson("/api/tickets/" + id + "/summary/refresh", agent, "");
        assertEquals(200, malformed.status(), malformed.body());
        assertEquals("local (fallback)", malformed.json().getString("provider"));
        mode = "timeout";
        long started = System.nanoTime();
        Api.Reply slow = postJson("/api/tickets/" + id + "/summary/refresh", agent, "");
        assertEquals("local (fallback)", slow.json().getString("provider"), slow.body());
        assertTrue((System.nanoTime() - started) / 1_000_000 < 6_000, "the timeout cuts the wait");

        // 429 and 500: the fallback answers; then the circuit is open and nothing more is sent
        mode = "429";
        assertEquals("local (fallback)", postJson("/api/tickets/" + id + "/draft-response", agent, "{}").json()
                .getString("provider"));
        mode = "500";
        assertEquals("local (fallback)", postJson("/api/tickets/" + id + "/draft-response", agent, "{}").json()
                .getString("provider"));
        int sent = received.size();
        mode = "valid";
        Api.Reply whileOpen = postJson("/api/tickets/" + id + "/draft-response", agent, "{}");
        assertEquals("local (fallback)", whileOpen.json().getString("provider"), whileOpen.body());
        assertEquals(sent, received.size(), "an open circuit sends nothing");

        for (String body : received) {
            assertFalse(body.contains(CARD) || body.contains("4111") || body.contains(PHONE) || body.contains("7700"),
                    "PII sent: " + body);
        }
        JsonObject usage = get("/api/settings/support-ai/usage", admin).json();
        assertTrue(usage.getJsonNumber("provider_failures").longValue() >= 4, usage.toString());
        assertTrue(usage.getJsonNumber("provider_fallbacks").longValue() >= 5, usage.toString());
        assertEquals(200, putJson("/api/settings/support-ai", admin, "{\"provider\":\"local\"}").status());
    }
}
