package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The capability matrix is data the administrator edits, and the API enforces it. (Client acme, restored after.) */
@ExtendWith(RunningApplication.class)
class CapabilitiesSystemTest {

    private static final String DEFAULTS = "{\"ROLE_CLIENT_USER\":[\"VIEW_ALL\",\"RESPOND\",\"ASSIGN_SELF\",\"CLOSE\"]}";

    @Test
    void anAgentWithoutViewAllOrCloseSeesOnlyOwnAndUnassignedTicketsAndCannotClose() {
        String admin = token("acme", "admin@acme.test");
        String agent = token("acme", "agent@acme.test");
        String member = token("acme", "member@acme.test");
        assertEquals(Set.of("VIEW_ALL", "RESPOND", "ASSIGN_SELF", "CLOSE"), agentCapabilities(admin));
        Problems.assertProblem(get("/api/settings/capabilities", agent), 403);
        try {
            assertEquals(200, putJson("/api/settings/capabilities", admin, "{\"ROLE_CLIENT_USER\":[\"RESPOND\"]}").status());
            assertEquals(Set.of("RESPOND"), agentCapabilities(admin));

            String adminsTicket = TicketFixtures.submit(member, "Assigned to the administrator").getString("id");
            String adminId = get("/api/auth/me", admin).json().getString("id");
            assertEquals(200, putJson("/api/tickets/" + adminsTicket + "/assign", admin,
                    "{\"assigneeId\":\"" + adminId + "\"}").status());
            String openTicket = TicketFixtures.submit(member, "Nobody has this one").getString("id");

            Problems.assertProblem(get("/api/tickets/" + adminsTicket, agent), 404);
            // every path to a ticket follows the same rule: rendering a canned response for it too
            String canned = postJson("/api/tickets/canned-responses", admin, "{\"title\":\"Hello " + UUID.randomUUID()
                    + "\",\"body\":\"<p>Dear {{member.name}} ({{member.email}})</p>\"}").json().getString("id");
            try {
                Problems.assertProblem(get("/api/tickets/canned-responses/" + canned + "/render?ticketId="
                        + adminsTicket, agent), 404);
                assertTrue(get("/api/tickets/canned-responses/" + canned + "/render?ticketId=" + openTicket, agent)
                        .json().getString("body").contains("member@acme.test"));
                Problems.assertProblem(postJson("/api/tickets/" + adminsTicket + "/responses", agent,
                        "{\"cannedResponseId\":\"" + canned + "\"}"), 404);
            } finally {
                Api.send("DELETE", "/api/tickets/canned-responses/" + canned, admin, null, null);
            }
            long agentSees = get("/api/tickets/queue", agent).json().getJsonObject("byStatus").values().stream()
                    .mapToLong(value -> ((jakarta.json.JsonNumber) value).longValue()).sum();
            long adminSees = get("/api/tickets/queue", admin).json().getJsonObject("byStatus").values().stream()
                    .mapToLong(value -> ((jakarta.json.JsonNumber) value).longValue()).sum();
            assertTrue(agentSees < adminSees, agentSees + " vs " + adminSees);
            assertEquals(agentSees, get("/api/tickets?limit=100", agent).json().getJsonArray("items").size());
            String queue = get("/api/tickets?limit=100", agent).body();
            assertFalse(queue.contains(adminsTicket));
            assertTrue(queue.contains(openTicket));
            assertEquals(201, postJson("/api/tickets/" + openTicket + "/responses", agent, "{\"body\":\"On it\"}").status());
            Problems.assertProblem(putJson("/api/tickets/" + openTicket + "/status", agent, "{\"status\":\"RESOLVED\"}"), 403);
            String agentId = get("/api/auth/me", agent).json().getString("id");
            Problems.assertProblem(putJson("/api/tickets/" + openTicket + "/assign", agent,
                    "{\"assigneeId\":\"" + agentId + "\"}"), 403);

            Problems.assertProblem(putJson("/api/settings/capabilities", admin, "{\"ROLE_CLIENT_ADMIN\":[\"RESPOND\"]}"), 422);
            Problems.assertProblem(putJson("/api/settings/capabilities", admin, "{\"ROLE_CLIENT_USER\":[\"FLY\"]}"), 400);
        } finally {
            putJson("/api/settings/capabilities", admin, DEFAULTS);
        }
        assertEquals(Set.of("VIEW_ALL", "RESPOND", "ASSIGN_SELF", "CLOSE"), agentCapabilities(admin));
    }

    @Test
    void membersReopenClosedTicketsOnlyWhenTheClientAllowsIt() {
        String admin = token("acme", "admin@acme.test");
        String agent = token("acme", "agent@acme.test");
        String member = token("acme", "member@acme.test");
        String id = TicketFixtures.submit(member, "Closed too soon").getString("id");
        putJson("/api/tickets/" + id + "/status", agent, "{\"status\":\"RESOLVED\"}");
        putJson("/api/tickets/" + id + "/status", agent, "{\"status\":\"CLOSED\"}");
        Problems.assertProblem(postJson("/api/support/tickets/" + id + "/reopen", member, "{}"), 409);
        Problems.assertProblem(putJson("/api/settings/tickets", agent, "{\"membersMayReopenClosed\":true}"), 403);
        try {
            assertTrue(putJson("/api/settings/tickets", admin, "{\"membersMayReopenClosed\":true}").json()
                    .getBoolean("membersMayReopenClosed"));
            assertEquals("OPEN", postJson("/api/support/tickets/" + id + "/reopen", member, "{}").json()
                    .getString("status"));
        } finally {
            putJson("/api/settings/tickets", admin, "{\"membersMayReopenClosed\":false}");
        }
        assertFalse(get("/api/settings/tickets", admin).json().getBoolean("membersMayReopenClosed"));
    }

    private static Set<String> agentCapabilities(String admin) {
        return get("/api/settings/capabilities", admin).json().getJsonArray("ROLE_CLIENT_USER")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }
}
