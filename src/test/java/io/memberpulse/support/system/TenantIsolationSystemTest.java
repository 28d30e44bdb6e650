package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A caller of one client can neither read, count nor change another client's rows. */
@ExtendWith(RunningApplication.class)
class TenantIsolationSystemTest {

    @Test
    void eachAdministratorListsAndCountsOnlyTheirOwnClient() {
        JsonObject demo = get("/api/accounts", token("demo", "admin@demo.test")).json();
        JsonObject acme = get("/api/accounts", token("acme", "admin@acme.test")).json();
        assertEquals(6, demo.getInt("total"));
        assertEquals(3, acme.getInt("total"));
        assertTrue(emails(demo).stream().allMatch(email -> email.endsWith("@demo.test")), emails(demo).toString());
        assertTrue(emails(acme).stream().allMatch(email -> email.endsWith("@acme.test")), emails(acme).toString());
    }

    @Test
    void anotherClientsIdIs404ToReadAndToChange() {
        String demoAdmin = token("demo", "admin@demo.test");
        String acmeAdmin = token("acme", "admin@acme.test");
        JsonObject demoMember = accountByEmail(demoAdmin, "member@demo.test");
        String id = demoMember.getString("id");

        Problems.assertProblem(get("/api/accounts/" + id, acmeAdmin), 404);
        Problems.assertProblem(putJson("/api/accounts/" + id, acmeAdmin, "{\"name\":\"Hijacked\"}"), 404);

        assertEquals(demoMember.getString("name"), get("/api/accounts/" + id, demoAdmin).json().getString("name"));
    }

    @Test
    void anIdThatIsNotAnIdIs404() {
        Problems.assertProblem(get("/api/accounts/not-a-uuid", token("demo", "admin@demo.test")), 404);
    }

    private static JsonObject accountByEmail(String token, String email) {
        return get("/api/accounts", token).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getString("email").equals(email)).findFirst().orElseThrow();
    }

    private static List<String> emails(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(account -> account.getString("email")).toList();
    }
}
