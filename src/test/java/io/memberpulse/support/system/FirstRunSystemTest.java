package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator's first start, as the README's "First run on PostgreSQL" says: an empty database and the bootstrap
 * settings, no password. The server creates the client, its administrator and the platform operator, and prints
 * their one-time links; the administrator sets a password, signs in and invites an agent, who sets theirs and signs
 * in. A restart creates nothing twice, and neither start writes a WARNING.
 */
@ExtendWith(RunningApplication.class)
class FirstRunSystemTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LINK = Pattern.compile("http://\\S+/account/password\\?token=([\\w-]+)");

    private RunningApplication.Node node;

    @Test
    void anEmptyDatabaseGetsItsFirstClientAdministratorAndOperatorOnce() throws Exception {
        assumeTrue(RunningApplication.onPostgres(), "a first run is on PostgreSQL");
        node = RunningApplication.freshNode("memberpulse_test_first_run", Map.of(
                "MEMBERPULSE_BOOTSTRAP_CLIENT", "guild:Guild of Engineers",
                "MEMBERPULSE_BOOTSTRAP_ADMIN_EMAIL", "grace@guild.example.org",
                "MEMBERPULSE_JWT_GENERATE_KEYS", "true"));
        try {
            List<String> log = Files.readAllLines(node.log());
            assertEquals(1, count(log, "First run: created the client guild (Guild of Engineers)"), String.join("\n", log));
            String adminToken = token(only(log, "set the administrator's password"));
            String operatorToken = token(only(log, "set the platform operator's password"));
            assertEquals(List.of(), warnings(log), "a normal start writes no WARNING");

            String page = get("/account/password?token=" + adminToken, null).body();
            assertTrue(page.contains("Set your password") && page.contains("grace@guild.example.org"), page);

            assertEquals(204, post("/api/auth/password", null, Json.createObjectBuilder().add("token", adminToken)
                    .add("password", "guild-admin-2026").build()).status());
            String admin = signIn("guild", "grace@guild.example.org", "guild-admin-2026");
            JsonObject me = get("/api/auth/me", admin).json();
            assertEquals("guild", me.getJsonObject("client").getString("slug"));
            assertEquals("ROLE_CLIENT_ADMIN", me.getJsonArray("roles").getString(0));

            Api.Reply invited = post("/api/accounts", admin, Json.createObjectBuilder()
                    .add("email", "noor@guild.example.org").add("name", "Noor Agent").add("role", "ROLE_CLIENT_USER")
                    .build());
            assertEquals(201, invited.status(), invited.body());
            String link = invited.json().getJsonObject("setPasswordLink").getString("url");
            Matcher agentToken = LINK.matcher(link);
            assertTrue(agentToken.matches(), link);
            assertEquals(204, post("/api/auth/password", null, Json.createObjectBuilder()
                    .add("token", agentToken.group(1)).add("password", "noor-at-the-guild").build()).status());
            String agent = signIn("guild", "noor@guild.example.org", "noor-at-the-guild");
            assertEquals("ROLE_CLIENT_USER", get("/api/auth/me", agent).json().getJsonArray("roles").getString(0));

            assertEquals(204, post("/api/auth/password", null, Json.createObjectBuilder().add("token", operatorToken)
                    .add("password", "guild-operator-2026").build()).status());
            String operator = signIn("platform", "grace@guild.example.org", "guild-operator-2026");
            assertEquals(List.of("guild"), slugs(get("/api/platform/clients", operator)));

            node.restart();
            List<String> again = Files.readAllLines(node.log());
            assertEquals(1, count(again, "First run: created the client"), "created once");
            assertEquals(1, count(again, "First run settings ignored"));
            assertEquals(1, count(again, "set the administrator's password"), "the link is printed once");
            assertEquals(List.of(), warnings(again));
            String operatorAgain = signIn("platform", "grace@guild.example.org", "guild-operator-2026");
            assertEquals(List.of("guild"), slugs(get("/api/platform/clients", operatorAgain)));
            String adminAgain = signIn("guild", "grace@guild.example.org", "guild-admin-2026");
            assertEquals(2, get("/api/accounts", adminAgain).json().getInt("total"), "nothing created twice");
        } finally {
            node.stop();
        }
    }

    private static long count(List<String> log, String text) {
        return log.stream().filter(line -> line.contains(text)).count();
    }

    private static String only(List<String> log, String text) {
        List<String> lines = log.stream().filter(line -> line.contains(text)).toList();
        assertEquals(1, lines.size(), text);
        return lines.get(0);
    }

    private static String token(String line) {
        Matcher link = LINK.matcher(line);
        assertTrue(link.find(), line);
        return link.group(1);
    }

    /**
     * The start's warnings, but for Hazelcast's notice that its port is taken: this node shares the machine with
     * the other test servers, which an operator's single node does not.
     */
    private static List<String> warnings(List<String> log) {
        return log.stream().filter(line -> line.matches("^\\S+ WARNING .*"))
                .filter(line -> !line.contains("Some of the ports seem occupied")).toList();
    }

    private static List<String> slugs(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return ((JsonArray) reply.structure()).stream().map(c -> c.asJsonObject().getString("slug")).toList();
    }

    private String signIn(String client, String email, String password) throws IOException, InterruptedException {
        Api.Reply reply = post("/api/auth/token", null, Json.createObjectBuilder().add("client", client)
                .add("email", email).add("password", password).build());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("accessToken");
    }

    private Api.Reply get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response);
    }

    private Api.Reply post(String path, String token, JsonObject body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response);
    }
}
