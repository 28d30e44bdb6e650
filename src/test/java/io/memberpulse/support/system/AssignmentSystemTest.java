package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.system.AccountManagementSystemTest.OwnClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teams and automatic assignment, in a client of this test's own: round-robin shares concurrent submissions
 * exactly evenly, an agent who may not see everything sees only their own team's unassigned tickets, and away
 * agents and full agents are passed over, as the preview explains.
 */
@ExtendWith(RunningApplication.class)
class AssignmentSystemTest {

    private static OwnClient client;
    private static String admin;

    private record Person(String id, String token) {
    }

    @BeforeAll
    static void ownClient() {
        client = OwnClient.create("assign");
        admin = client.admin();
    }

    @Test
    void roundRobinSharesThirtyConcurrentSubmissionsTenEach() throws Exception {
        List<Person> agents = List.of(person("rr1", "ROLE_CLIENT_USER"), person("rr2", "ROLE_CLIENT_USER"),
                person("rr3", "ROLE_CLIENT_USER"));
        List<Person> members = List.of(person("payer1", "ROLE_MEMBER"), person("payer2", "ROLE_MEMBER"),
                person("payer3", "ROLE_MEMBER"));
        team("Billing Team", "ROUND_ROBIN", agents);
        String category = category("Membership & Billing", "Billing Team");

        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Api.Reply>> submissions = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                Person member = members.get(i % 3);
                String subject = "Charged twice, case " + i;
                submissions.add(pool.submit(() -> postJson("/api/support/tickets", member.token(),
                        Json.createObjectBuilder().add("subject", subject).add("description", "<p>" + subject + "</p>")
                                .add("categoryId", category).build().toString())));
            }
            Map<String, Integer> perAgent = new TreeMap<>();
            for (Future<Api.Reply> submission : submissions) {
                Api.Reply created = submission.get();
                assertEquals(201, created.status(), created.body());
                JsonObject ticket = get("/api/tickets/" + created.json().getString("id"), admin).json();
                perAgent.merge(ticket.getJsonObject("assignee").getString("id"), 1, Integer::sum);
                assertEquals(List.of("auto: round-robin, Billing Team"), ticket.getJsonArray("history")
                        .getValuesAs(JsonObject.class).stream().filter(e -> "ASSIGNEE_CHANGED".equals(e.getString("type")))
                        .map(e -> e.getString("reason")).toList());
            }
            assertEquals(Map.of(agents.get(0).id(), 10, agents.get(1).id(), 10, agents.get(2).id(), 10),
                    perAgent, "round-robin over three agents");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAgentWhoMayNotSeeAllSeesOnlyTheirTeamsUnassignedTickets() {
        Person events = person("eve", "ROLE_CLIENT_USER");
        Person courses = person("lee", "ROLE_CLIENT_USER");
        Person member = person("learner", "ROLE_MEMBER");
        team("Events Team", "MANUAL", List.of(events));
        team("LMS Support", "MANUAL", List.of(courses));
        String eventTicket = submit(member, category("Events", "Events Team"), "Badge name wrong");
        String courseTicket = submit(member, category("Courses & Learning", "LMS Support"), "Video will not play");
        assertEquals(200, putJson("/api/settings/capabilities", admin,
                "{\"ROLE_CLIENT_USER\":[\"RESPOND\",\"ASSIGN_SELF\",\"CLOSE\"]}").status());

        String eventsQueue = get("/api/tickets?limit=100", events.token()).body();
        assertTrue(eventsQueue.contains(eventTicket), eventsQueue);
        assertFalse(eventsQueue.contains(courseTicket), "another team's ticket in the queue");
        Problems.assertProblem(get("/api/tickets/" + courseTicket, events.token()), 404);
        Problems.assertProblem(postJson("/api/tickets/" + courseTicket + "/responses", events.token(),
                "{\"body\":\"Not my team\"}"), 404);
        String coursesQueue = get("/api/tickets?limit=100&q=play", courses.token()).body();
        assertTrue(coursesQueue.contains(courseTicket), coursesQueue);
        Problems.assertProblem(get("/api/tickets/" + eventTicket, courses.token()), 404);
        assertEquals(200, get("/api/tickets/" + eventTicket, admin).status(), "administrators see everything");
    }

    @Test
    void awayAndFullAgentsArePassedOverAndThePreviewSaysWhy() {
        Person busy = person("busy", "ROLE_CLIENT_USER");
        Person idle = person("idle", "ROLE_CLIENT_USER");
        Person member = person("asker", "ROLE_MEMBER");
        team("CPD Team", "LOAD_BALANCED", List.of(busy, idle));
        String category = category("CPD", "CPD Team");
        String preview = "{\"categoryId\":\"" + category + "\",\"priority\":\"HIGH\"}";

        assertEquals(200, putJson("/api/me/availability", idle.token(), "{\"availability\":\"AWAY\"}").status());
        JsonObject first = postJson("/api/settings/assignment/preview", admin, preview).json();
        assertEquals(busy.id(), first.getJsonObject("assignee").getString("id"), first.toString());
        assertEquals("auto: load-balanced, CPD Team", first.getString("reason"));
        String ticket = submit(member, category, "Certificate missing");
        assertEquals(busy.id(), get("/api/tickets/" + ticket, admin).json().getJsonObject("assignee").getString("id"));

        Api.Reply limited = putJson("/api/settings/agents/" + busy.id(), admin,
                "{\"maxOpenTickets\":1,\"skills\":[\"cpd\",\"Certificates\"]}");
        assertEquals(200, limited.status(), limited.body());
        assertEquals(List.of("certificates", "cpd"), limited.json().getJsonObject("agent").getJsonArray("skills")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted()
                .toList());
        JsonObject full = postJson("/api/settings/assignment/preview", admin, preview).json();
        assertFalse(full.containsKey("assignee"), full.toString());
        assertTrue(full.getString("reason").contains("at their limit"), full.toString());

        assertEquals(200, putJson("/api/me/availability", idle.token(), "{\"availability\":\"AVAILABLE\"}").status());
        assertEquals(idle.id(), postJson("/api/settings/assignment/preview", admin, preview).json()
                .getJsonObject("assignee").getString("id"));
        assertEquals(200, putJson("/api/settings/assignment", admin, "{\"autoAssign\":false}").status());
        try {
            assertTrue(postJson("/api/settings/assignment/preview", admin, preview).json().getString("reason")
                    .startsWith("Manual"));
        } finally {
            putJson("/api/settings/assignment", admin, "{\"autoAssign\":true}");
        }

        Problems.assertProblem(putJson("/api/me/availability", member.token(), "{\"availability\":\"AWAY\"}"), 403);
        Problems.assertProblem(postJson("/api/settings/teams", admin, "{\"name\":\"CPD team\"}"), 422);
        Problems.assertProblem(postJson("/api/settings/teams", admin, "{\"name\":\"Night\",\"method\":\"RANDOM\"}"), 400);
        Problems.assertProblem(putJson("/api/settings/agents/" + member.id(), admin, "{\"skills\":[\"x\"]}"), 404);
        Problems.assertProblem(get("/api/settings/teams", busy.token()), 403);
    }

    private static Person person(String name, String role) {
        String email = client.email(name);
        Api.Reply invited = AccountManagementSystemTest.invite(admin, email, name, role);
        assertEquals(201, invited.status(), invited.body());
        String password = name + "-password-2026";
        assertEquals(204, AccountManagementSystemTest.setPassword(AccountManagementSystemTest.linkToken(invited.json()),
                password).status());
        return new Person(invited.json().getJsonObject("account").getString("id"),
                AccountManagementSystemTest.signedIn(client.slug(), email, password));
    }

    private static void team(String name, String method, List<Person> members) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        members.forEach(member -> ids.add(member.id()));
        Api.Reply created = postJson("/api/settings/teams", admin, Json.createObjectBuilder().add("name", name)
                .add("method", method).add("memberIds", ids).build().toString());
        assertEquals(201, created.status(), created.body());
    }

    private static String category(String name, String team) {
        Api.Reply created = postJson("/api/tickets/categories", admin, Json.createObjectBuilder().add("name", name)
                .add("routingTeam", team).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private static String submit(Person member, String category, String subject) {
        Api.Reply created = postJson("/api/support/tickets", member.token(), Json.createObjectBuilder()
                .add("subject", subject).add("description", "<p>" + subject + "</p>").add("categoryId", category)
                .build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }
}
