package io.memberpulse.support.system;

import static io.memberpulse.support.system.AccountManagementSystemTest.linkToken;
import static io.memberpulse.support.system.AccountManagementSystemTest.setPassword;
import static io.memberpulse.support.system.AccountManagementSystemTest.signedIn;
import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.signIn;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform operator: creates, lists, renames, suspends and resumes clients, and never reaches a client's data;
 * a client's administrator never reaches the platform. A suspended client's people cannot sign in, and their
 * tokens stop working; nothing of theirs is lost.
 */
@ExtendWith(RunningApplication.class)
class PlatformClientsSystemTest {

    @Test
    void anOperatorCreatesAClientWhoseAdministratorSignsInAndSuspendingItShutsItsPeopleOut() {
        String operator = token("platform", "operator@memberpulse.test");
        List<String> slugs = slugs(get("/api/platform/clients", operator).structure().asJsonArray());
        assertTrue(slugs.containsAll(List.of("demo", "acme")), slugs.toString());
        assertFalse(slugs.contains("platform"), "the platform's own client is not one of the clients");

        String slug = "orchid-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = postJson("/api/platform/clients", operator, newClient(slug, "olga@orchid.test"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getJsonObject("client").getString("id");
        assertEquals("ROLE_CLIENT_ADMIN", created.json().getJsonObject("administrator").getString("role"));
        assertEquals(204, setPassword(linkToken(created.json()), "olga-grows-orchids").status());
        String admin = signedIn(slug, "olga@orchid.test", "olga-grows-orchids");
        assertEquals(200, get("/api/tickets?limit=1", admin).status());
        assertEquals(1, get("/api/accounts", admin).json().getInt("total"), "a new client starts with its admin");

        Api.Reply renamed = putJson("/api/platform/clients/" + id, operator, "{\"name\":\"Orchid Society of Europe\"}");
        assertEquals("Orchid Society of Europe", renamed.json().getString("name"));
        Api.Reply suspended = putJson("/api/platform/clients/" + id, operator, "{\"suspended\":true}");
        assertTrue(suspended.json().getBoolean("suspended"), suspended.body());
        Problems.assertProblem(get("/api/tickets?limit=1", admin), 401);
        Api.Reply refused = signIn(slug, "olga@orchid.test", "olga-grows-orchids");
        Problems.assertProblem(refused, 403);
        assertTrue(refused.json().getString("detail").contains("suspended"));

        assertEquals(200, putJson("/api/platform/clients/" + id, operator, "{\"suspended\":false}").status());
        String again = signedIn(slug, "olga@orchid.test", "olga-grows-orchids");
        assertEquals(1, get("/api/accounts", again).json().getInt("total"), "nothing was deleted");
    }

    @Test
    void slugsAreCheckedAndUnique() {
        String operator = token("platform", "operator@memberpulse.test");
        for (String bad : new String[] {"Has Spaces", "-edge", "platform", "demo", ""}) {
            Problems.assertProblem(postJson("/api/platform/clients", operator, newClient(bad, "x@y.test")), 422);
        }
        Problems.assertProblem(postJson("/api/platform/clients", operator,
                newClient("fine-" + UUID.randomUUID().toString().substring(0, 8), "not-an-email")), 422);
        Problems.assertProblem(get("/api/platform/clients/" + UUID.randomUUID(), operator), 404);
    }

    @Test
    void theOperatorNeverReachesAClientsDataAndAnAdministratorNeverThePlatform() {
        String operator = token("platform", "operator@memberpulse.test");
        for (String path : new String[] {"/api/tickets", "/api/accounts", "/api/support/tickets",
                "/api/settings/tickets", "/api/tickets/categories"}) {
            Problems.assertProblem(get(path, operator), 403);
        }
        String admin = token("demo", "admin@demo.test");
        Problems.assertProblem(get("/api/platform/clients", admin), 403);
        Problems.assertProblem(postJson("/api/platform/clients", admin, newClient("sneaky", "s@s.test")), 403);
    }

    private static String newClient(String slug, String adminEmail) {
        return Json.createObjectBuilder().add("slug", slug).add("name", "Test client " + slug)
                .add("adminEmail", adminEmail).add("adminName", "First Admin").build().toString();
    }

    private static List<String> slugs(JsonArray clients) {
        return clients.stream().map(c -> c.asJsonObject().getString("slug")).toList();
    }
}
