package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A validly signed token is not yet a caller: it must name an account of the client it names, with the role that
 * account holds. Found with a real Keycloak as the outside identity provider: a demo user whose token said
 * {@code client=acme} read and changed acme's data. The tokens here are signed with the key the server verifies
 * with, exactly as an identity provider would sign them, so only their claims can make them fail.
 */
@ExtendWith(RunningApplication.class)
class CallerIdentitySystemTest {

    private static final String ISSUER = "memberpulse-support";

    /** One endpoint of each kind: a staff read by id, a list, administrators' data and a change, members' data. */
    private static List<Api.Reply> everyKindOfEndpoint(String token, String acmeTicket) {
        return List.of(
                get("/api/tickets/" + acmeTicket, token),
                get("/api/tickets?limit=5", token),
                get("/api/tickets/queue", token),
                get("/api/tickets/categories", token),
                get("/api/accounts", token),
                get("/api/settings/capabilities", token),
                Api.postJson("/api/tickets/categories", token, "{\"name\":\"Planted by a forged token\"}"),
                get("/api/support/categories", token),
                get("/api/support/tickets", token),
                get("/api/auth/me", token));
    }

    @Test
    void aTokenNamingAnotherClientThanTheAccountsIsRefusedEverywhere() throws Exception {
        String acmeTicket = TicketFixtures.submit(token("acme", "member@acme.test"), "Acme only").getString("id");
        for (String email : List.of("admin@demo.test", "agent@demo.test", "member@demo.test")) {
            String role = email.startsWith("admin") ? "ROLE_CLIENT_ADMIN" : email.startsWith("agent")
                    ? "ROLE_CLIENT_USER" : "ROLE_MEMBER";
            String forged = Tokens.signed(Tokens.claims(ISSUER, email, "acme", role, Instant.now().plusSeconds(600)));
            for (Api.Reply reply : everyKindOfEndpoint(forged, acmeTicket)) {
                Problems.assertProblem(reply, 401);
            }
        }
        // nothing was planted
        String acmeAdmin = token("acme", "admin@acme.test");
        assertEquals(-1, get("/api/tickets/categories", acmeAdmin).body().indexOf("Planted by a forged token"));
    }

    @Test
    void anUnknownClientOrNoClientClaimIs401NotAServerError() throws Exception {
        String acmeTicket = TicketFixtures.submit(token("acme", "member@acme.test"), "Acme again").getString("id");
        String unknown = Tokens.signed(Tokens.claims(ISSUER, "admin@demo.test", "no-such-client",
                "ROLE_CLIENT_ADMIN", Instant.now().plusSeconds(600)));
        JsonObject claims = Tokens.claims(ISSUER, "admin@demo.test", "demo", "ROLE_CLIENT_ADMIN",
                Instant.now().plusSeconds(600));
        var withoutClient = Json.createObjectBuilder(claims);
        withoutClient.remove("client");
        String noClaim = Tokens.signed(withoutClient.build());
        String unknownAccount = Tokens.signed(Tokens.claims(ISSUER, "nobody@demo.test", "demo",
                "ROLE_CLIENT_ADMIN", Instant.now().plusSeconds(600)));
        for (String token : List.of(unknown, noClaim, unknownAccount)) {
            for (Api.Reply reply : everyKindOfEndpoint(token, acmeTicket)) {
                Problems.assertProblem(reply, 401);
            }
        }
    }

    @Test
    void aTokenMeantForAnotherServiceOrForNoneIsRefused() throws Exception {
        JsonObject claims = Tokens.claims(ISSUER, "agent@demo.test", "demo", "ROLE_CLIENT_USER",
                Instant.now().plusSeconds(600));
        String elsewhere = Tokens.signed(Json.createObjectBuilder(claims).add("aud", "billing-service").build());
        String nowhere = Tokens.signed(Json.createObjectBuilder(claims).remove("aud").build());
        for (String token : List.of(elsewhere, nowhere)) {
            Problems.assertProblem(get("/api/tickets?limit=5", token), 401);
        }
        assertEquals(200, get("/api/tickets?limit=5", Tokens.signed(claims)).status());
        assertEquals(200, get("/api/tickets?limit=5", token("demo", "agent@demo.test")).status(),
                "our own tokens name the audience");
    }

    @Test
    void aTokenClaimingMoreThanTheAccountHoldsIsRefusedAndTheAccountsRoleIsTheRole() throws Exception {
        String memberAsAdmin = Tokens.signed(Tokens.claims(ISSUER, "member@demo.test", "demo", "ROLE_CLIENT_ADMIN",
                Instant.now().plusSeconds(600)));
        Problems.assertProblem(get("/api/accounts", memberAsAdmin), 401);
        Problems.assertProblem(get("/api/auth/me", memberAsAdmin), 401);
        String agentAsAdmin = Tokens.signed(Tokens.claims(ISSUER, "agent@demo.test", "demo", "ROLE_CLIENT_ADMIN",
                Instant.now().plusSeconds(600)));
        Problems.assertProblem(get("/api/settings/capabilities", agentAsAdmin), 401);

        // the same kind of token, true to the account, works: the check is the account, not the signature
        String honest = Tokens.signed(Tokens.claims(ISSUER, "Agent@Demo.test", "demo", "ROLE_CLIENT_USER",
                Instant.now().plusSeconds(600)));
        Api.Reply me = get("/api/auth/me", honest);
        assertEquals(200, me.status(), me.body());
        assertEquals("agent@demo.test", me.json().getString("email"));
        assertEquals("demo", me.json().getJsonObject("client").getString("slug"));
        assertEquals(200, get("/api/tickets?limit=5", honest).status());
        Problems.assertProblem(get("/api/accounts", honest), 403);
    }
}
