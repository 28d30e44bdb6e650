package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.signIn;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApplication.class)
class AuthSystemTest {

    private static final String ISSUER = "memberpulse-support";

    @Test
    void aMemberSignsInAndSeesThemselves() {
        Api.Reply token = signIn("demo", "member@demo.test", Api.PASSWORD);
        assertEquals(200, token.status());
        assertEquals("Bearer", token.json().getString("tokenType"));
        assertEquals(3600, token.json().getInt("expiresIn"));
        assertEquals(3, token.json().getString("accessToken").split("\\.").length);

        Api.Reply me = get("/api/auth/me", token.json().getString("accessToken"));
        assertEquals(200, me.status());
        JsonObject body = me.json();
        assertEquals("member@demo.test", body.getString("email"));
        assertEquals("Morgan Member", body.getString("name"));
        assertEquals("demo", body.getJsonObject("client").getString("slug"));
        assertEquals("ROLE_MEMBER", body.getJsonArray("roles").getString(0));
        assertFalse(body.getString("id").isBlank());
    }

    @Test
    void sameClientSameEmailInAnotherClientIsAnotherPerson() {
        JsonObject me = get("/api/auth/me", token("acme", "member@acme.test")).json();
        assertEquals("acme", me.getJsonObject("client").getString("slug"));
        assertEquals("Mia Acme", me.getString("name"));
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndAnUnknownClientLookTheSame() {
        Api.Reply wrongPassword = signIn("demo", "admin@demo.test", "not-the-password");
        Api.Reply unknownEmail = signIn("demo", "nobody@demo.test", Api.PASSWORD);
        Api.Reply unknownClient = signIn("nowhere", "admin@demo.test", Api.PASSWORD);
        Api.Reply otherClient = signIn("acme", "admin@demo.test", Api.PASSWORD);
        for (Api.Reply reply : new Api.Reply[] {wrongPassword, unknownEmail, unknownClient, otherClient}) {
            Problems.assertProblem(reply, 401);
            assertEquals("Wrong e-mail or password.", reply.json().getString("detail"));
        }
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileEvenForTheRightPassword() {
        for (int attempt = 1; attempt < 5; attempt++) {
            Problems.assertProblem(signIn("demo", "agent2@demo.test", "wrong-" + attempt), 401);
        }
        Api.Reply fifth = signIn("demo", "agent2@demo.test", "wrong-5");
        Problems.assertProblem(fifth, 429);
        assertTrue(Long.parseLong(fifth.header("Retry-After").orElseThrow()) > 0);

        Api.Reply rightPassword = signIn("demo", "agent2@demo.test", Api.PASSWORD);
        Problems.assertProblem(rightPassword, 429);
        assertTrue(rightPassword.header("Retry-After").isPresent());
    }

    @Test
    void noTokenIs401WithAChallenge() {
        Api.Reply reply = get("/api/auth/me", null);
        Problems.assertProblem(reply, 401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void aTamperedTokenIs401() {
        String token = token("demo", "member@demo.test");
        String promoted = Tokens.tampered(token, Tokens.claims(ISSUER, "member@demo.test", "demo",
                "ROLE_CLIENT_ADMIN", Instant.now().plusSeconds(600)));
        Problems.assertProblem(get("/api/auth/me", promoted), 401);
        Problems.assertProblem(get("/api/accounts", promoted), 401);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String expired = Tokens.signed(Tokens.claims(ISSUER, "member@demo.test", "demo", "ROLE_MEMBER",
                Instant.now().minusSeconds(3600)));
        Problems.assertProblem(get("/api/auth/me", expired), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() throws Exception {
        String foreign = Tokens.signed(Tokens.claims("https://evil.example", "member@demo.test", "demo",
                "ROLE_MEMBER", Instant.now().plusSeconds(600)));
        Problems.assertProblem(get("/api/auth/me", foreign), 401);
    }

    @Test
    void anUnsignedTokenIs401() {
        String none = Tokens.unsigned(Tokens.claims(ISSUER, "admin@demo.test", "demo", "ROLE_CLIENT_ADMIN",
                Instant.now().plusSeconds(600)));
        Problems.assertProblem(get("/api/auth/me", none), 401);
        Problems.assertProblem(get("/api/accounts", none), 401);
    }

    @Test
    void aValidTokenWeSignedOurselvesIsAccepted() throws Exception {
        // the control for the three tests above: only the claim under test makes them fail
        String valid = Tokens.signed(Tokens.claims(ISSUER, "member@demo.test", "demo", "ROLE_MEMBER",
                Instant.now().plusSeconds(600)));
        assertEquals(200, get("/api/auth/me", valid).status());
    }

    @Test
    void aMemberOnAStaffOnlyEndpointIs403() {
        Problems.assertProblem(get("/api/accounts", token("demo", "member@demo.test")), 403);
        Problems.assertProblem(Api.send("POST", "/api/admin/jobs/release-expired-lockouts",
                token("demo", "agent@demo.test"), null, null), 403);
    }
}
