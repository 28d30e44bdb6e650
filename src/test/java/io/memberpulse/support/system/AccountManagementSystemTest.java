package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.send;
import static io.memberpulse.support.system.Api.signIn;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator's work with accounts, through the API as the README describes it: invitations with single-use
 * links, roles, deactivation, password links and resets, the member list import; and a person's own password.
 */
@ExtendWith(RunningApplication.class)
class AccountManagementSystemTest {

    /** A client of this class's own, so that the demo clients' people stay as other tests count them. */
    private static OwnClient client;

    @BeforeAll
    static void ownClient() {
        client = OwnClient.create("people");
    }

    /** A client made through the platform operator, with its first administrator signed in. */
    record OwnClient(String slug, String adminEmail, String adminPassword) {

        static OwnClient create(String prefix) {
            String operator = token("platform", "operator@memberpulse.test");
            String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            String email = "admin@" + slug + ".test";
            Api.Reply created = postJson("/api/platform/clients", operator, Json.createObjectBuilder()
                    .add("slug", slug).add("name", "Test client " + slug).add("adminEmail", email)
                    .add("adminName", "Ada Admin").build().toString());
            assertEquals(201, created.status(), created.body());
            assertEquals(204, setPassword(linkToken(created.json()), "first-admin-password").status());
            return new OwnClient(slug, email, "first-admin-password");
        }

        String admin() {
            return signedIn(slug, adminEmail, adminPassword);
        }

        String email(String name) {
            return name + "@" + slug + ".test";
        }
    }

    @Test
    void anInvitedAgentSetsAPasswordOnceWithTheLinkAndSignsIn() {
        String admin = client.admin();
        String email = client.email("invited");
        Api.Reply invited = invite(admin, email, "Ivy Invited", "ROLE_CLIENT_USER");
        assertEquals(201, invited.status(), invited.body());
        JsonObject account = invited.json().getJsonObject("account");
        assertFalse(account.getBoolean("passwordSet"));
        Problems.assertProblem(signIn(client.slug(), email, "no-password-yet"), 401);

        String link = linkToken(invited.json());
        Api.Reply weak = setPassword(link, "password123");
        Problems.assertProblem(weak, 422);
        assertTrue(weak.json().getString("detail").contains("common"), weak.body());
        Problems.assertProblem(setPassword(link, "short"), 422);
        assertEquals(204, setPassword(link, "ivy-invited-2026").status());
        Api.Reply again = setPassword(link, "ivy-invited-2027");
        Problems.assertProblem(again, 422);
        assertTrue(again.json().getString("detail").contains("expired or was already used"), again.body());

        String agent = signedIn(client.slug(), email, "ivy-invited-2026");
        JsonObject me = get("/api/auth/me", agent).json();
        assertEquals("Ivy Invited", me.getString("name"));
        assertEquals("ROLE_CLIENT_USER", me.getJsonArray("roles").getString(0));
        assertTrue(get("/api/accounts/" + account.getString("id"), admin).json().getBoolean("passwordSet"));
        Problems.assertProblem(invite(admin, email, "Twice", "ROLE_CLIENT_USER"), 422);
        Problems.assertProblem(invite(admin, "not an e-mail", "X", "ROLE_CLIENT_USER"), 422);
        Problems.assertProblem(invite(admin, "op-" + email, "X", "ROLE_PLATFORM_OPERATOR"), 422);
        Problems.assertProblem(invite(agent, "other-" + email, "X", "ROLE_CLIENT_USER"), 403);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsTokenStopsWorking() {
        String admin = client.admin();
        String email = client.email("leaver");
        Api.Reply invited = invite(admin, email, "Lee Leaver", "ROLE_CLIENT_USER");
        String id = invited.json().getJsonObject("account").getString("id");
        assertEquals(204, setPassword(linkToken(invited.json()), "lee-leaves-soon").status());
        String agent = signedIn(client.slug(), email, "lee-leaves-soon");
        assertEquals(200, get("/api/tickets?limit=1", agent).status());

        Api.Reply deactivated = putJson("/api/accounts/" + id, admin, "{\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));
        Problems.assertProblem(get("/api/tickets?limit=1", agent), 401);
        Api.Reply refused = signIn(client.slug(), email, "lee-leaves-soon");
        Problems.assertProblem(refused, 403);
        assertTrue(refused.json().getString("detail").contains("deactivated"));
        Problems.assertProblem(postJson("/api/accounts/" + id + "/password-link", admin, null), 422);

        assertEquals(200, putJson("/api/accounts/" + id, admin, "{\"active\":true}").status());
        assertEquals(200, get("/api/tickets?limit=1", signedIn(client.slug(), email, "lee-leaves-soon")).status());
    }

    @Test
    void aResetLinkWorksOnceEndsOlderTokensAndExpires() throws Exception {
        String admin = client.admin();
        String email = client.email("forgetful");
        Api.Reply invited = invite(admin, email, "Fran Forgetful", "ROLE_MEMBER");
        String id = invited.json().getJsonObject("account").getString("id");
        String firstLink = linkToken(invited.json());
        assertEquals(204, setPassword(firstLink, "fran-first-password").status());
        String before = signedIn(client.slug(), email, "fran-first-password");

        Api.Reply reset = postJson("/api/accounts/" + id + "/password-link", admin, null);
        assertEquals(200, reset.status(), reset.body());
        String resetLink = reset.json().getString("url").replaceAll(".*token=", "");
        assertEquals(204, setPassword(resetLink, "fran-second-password").status());
        Problems.assertProblem(get("/api/support/tickets", before), 401);
        Problems.assertProblem(setPassword(resetLink, "fran-third-password"), 422);
        Problems.assertProblem(signIn(client.slug(), email, "fran-first-password"), 401);
        assertEquals(200, get("/api/support/tickets", signedIn(client.slug(), email, "fran-second-password")).status());

        // a newer link replaces an older one still unused
        String older = postJson("/api/accounts/" + id + "/password-link", admin, null).json().getString("url")
                .replaceAll(".*token=", "");
        String newer = postJson("/api/accounts/" + id + "/password-link", admin, null).json().getString("url")
                .replaceAll(".*token=", "");
        Problems.assertProblem(setPassword(older, "fran-older-link-pw"), 422);
        if (RunningApplication.onPostgres()) {
            expireLinksOf(UUID.fromString(id));
            Problems.assertProblem(setPassword(newer, "fran-expired-link-pw"), 422);
        }
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsOtherTokens() {
        String admin = client.admin();
        String email = client.email("changer");
        Api.Reply invited = invite(admin, email, "Cam Changer", "ROLE_CLIENT_USER");
        assertEquals(204, setPassword(linkToken(invited.json()), "cam-changes-things").status());
        String first = signedIn(client.slug(), email, "cam-changes-things");
        String second = signedIn(client.slug(), email, "cam-changes-things");

        Problems.assertProblem(putJson("/api/me/password", first,
                "{\"currentPassword\":\"wrong-current-pw\",\"newPassword\":\"cam-changed-things\"}"), 422);
        Problems.assertProblem(putJson("/api/me/password", first,
                "{\"currentPassword\":\"cam-changes-things\",\"newPassword\":\"qwertyuiop\"}"), 422);
        assertEquals(204, putJson("/api/me/password", first,
                "{\"currentPassword\":\"cam-changes-things\",\"newPassword\":\"cam-changed-things\"}").status());
        Problems.assertProblem(get("/api/auth/me", first), 401);
        Problems.assertProblem(get("/api/auth/me", second), 401);
        String fresh = signedIn(client.slug(), email, "cam-changed-things");
        assertEquals(200, putJson("/api/me", fresh, "{\"name\":\"Cam Changed\"}").status());
        assertEquals("Cam Changed", get("/api/auth/me", fresh).json().getString("name"));
    }

    @Test
    void theMemberListImportReportsEachRowAndASecondRunChangesNothing() {
        String admin = client.admin();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "email,name,member_number,organisation\r\n"
                + "ana-" + run + "@" + client.slug() + ".test,Ana Import,M-" + run + "-1,\"Smith, Jones & Co\"\r\n"
                + "ben-" + run + "@" + client.slug() + ".test,\"Ben \"\"Benny\"\" Import\",M-" + run + "-2\r\n"
                + "ana-" + run + "@" + client.slug() + ".test,Ana Again,M-9\r\n"
                + "not-an-email,Nobody,M-3\r\n"
                + client.adminEmail() + ",Ada As Member,M-4\r\n"
                + "cy-" + run + "@" + client.slug() + ".test,too few\r\n";
        JsonObject first = importCsv(admin, csv);
        assertEquals(2, first.getInt("created"), first.toString());
        assertEquals(0, first.getInt("updated"));
        assertEquals(List.of(4, 5, 6, 7), first.getJsonArray("refused").stream()
                .map(r -> r.asJsonObject().getInt("line")).toList(), first.toString());

        JsonObject second = importCsv(admin, csv);
        assertEquals(0, second.getInt("created"), second.toString());
        assertEquals(0, second.getInt("updated"));
        assertEquals(2, second.getInt("unchanged"));

        JsonObject renamed = importCsv(admin, "email,name,member_number\nben-" + run + "@" + client.slug() + ".test,Ben Renamed,M-"
                + run + "-2\n");
        assertEquals(1, renamed.getInt("updated"), renamed.toString());

        JsonObject ana = get("/api/accounts?limit=500", admin).json().getJsonArray("items").stream()
                .map(a -> a.asJsonObject()).filter(a -> a.getString("email").equals("ana-" + run + "@" + client.slug() + ".test"))
                .findFirst().orElseThrow();
        assertEquals("ROLE_MEMBER", ana.getString("role"));
        assertEquals("M-" + run + "-1", ana.getString("memberNumber"));
        assertEquals("Smith, Jones & Co", ana.getString("organisation"));
        assertFalse(ana.getBoolean("passwordSet"));

        Api.Reply noHeader = send("POST", "/api/accounts/import", admin, "text/csv", "a@b.org,A,1\n");
        Problems.assertProblem(noHeader, 422);
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedOrDeactivated() {
        String operator = token("platform", "operator@memberpulse.test");
        String slug = "solo-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = postJson("/api/platform/clients", operator, Json.createObjectBuilder().add("slug", slug)
                .add("name", "Solo Society").add("adminEmail", "first@solo.test").add("adminName", "First Admin")
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String firstId = created.json().getJsonObject("administrator").getString("id");
        assertEquals(204, setPassword(linkToken(created.json()), "first-admin-of-solo").status());
        String first = signedIn(slug, "first@solo.test", "first-admin-of-solo");

        Api.Reply demote = putJson("/api/accounts/" + firstId, first, "{\"role\":\"ROLE_CLIENT_USER\"}");
        Problems.assertProblem(demote, 422);
        assertTrue(demote.json().getString("detail").contains("last active administrator"), demote.body());
        Problems.assertProblem(putJson("/api/accounts/" + firstId, first, "{\"active\":false}"), 422);

        Api.Reply second = invite(first, "second@solo.test", "Second Admin", "ROLE_CLIENT_ADMIN");
        assertEquals(204, setPassword(linkToken(second.json()), "second-admin-of-solo").status());
        Api.Reply demoted = putJson("/api/accounts/" + firstId, first, "{\"role\":\"ROLE_CLIENT_USER\"}");
        assertEquals(200, demoted.status(), demoted.body());
        assertEquals("ROLE_CLIENT_USER", demoted.json().getString("role"));
        // the token claimed the role the account no longer holds
        Problems.assertProblem(get("/api/accounts", first), 401);
        String secondAdmin = signedIn(slug, "second@solo.test", "second-admin-of-solo");
        String secondId = get("/api/auth/me", secondAdmin).json().getString("id");
        Problems.assertProblem(putJson("/api/accounts/" + secondId, secondAdmin, "{\"active\":false}"), 422);
    }

    static Api.Reply invite(String token, String email, String name, String role) {
        return postJson("/api/accounts", token, Json.createObjectBuilder().add("email", email).add("name", name)
                .add("role", role).build().toString());
    }

    static String linkToken(JsonObject invitation) {
        return invitation.getJsonObject("setPasswordLink").getString("url").replaceAll(".*token=", "");
    }

    static Api.Reply setPassword(String linkToken, String password) {
        return postJson("/api/auth/password", null, Json.createObjectBuilder().add("token", linkToken)
                .add("password", password).build().toString());
    }

    static String signedIn(String client, String email, String password) {
        Api.Reply reply = signIn(client, email, password);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("accessToken");
    }

    private static JsonObject importCsv(String token, String csv) {
        Api.Reply reply = send("POST", "/api/accounts/import", token, "text/csv", csv);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Time passing, done to the database: the account's open links expired an hour ago. */
    private static void expireLinksOf(UUID account) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("MEMBERPULSE_TEST_DB_URL"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("MEMBERPULSE_TEST_DB_PASSWORD", ""));
                PreparedStatement expire = db.prepareStatement("UPDATE account_links SET expires_at = "
                        + "now() - interval '1 hour' WHERE account_id = ? AND used_at IS NULL")) {
            expire.setObject(1, account);
            assertEquals(1, expire.executeUpdate());
        }
    }
}
