package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product behind an outside identity provider, configured as the README says (issuer and a JWKS address): the
 * test is the provider — its own RSA key, served as a JWKS over HTTP — and signs tokens for users of one client that
 * name another, an unknown client or none, or claim a role their account lacks. Each is refused (401) on every kind
 * of endpoint; a token true to its account is served; a member the provider vouches for gets an account on first
 * use (nobody else does); our own token endpoint says tokens come from the provider.
 */
@ExtendWith(RunningApplication.class)
class OutsideIdentityProviderSystemTest {

    private static final String ISSUER = "https://idp.example.test/realms/members";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KeyPair key;
    private static HttpServer provider;
    private static URI base;

    @BeforeAll
    static void provider() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        String jwks = Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("kid", "test-idp").add("use", "sig").add("alg", "RS256")
                .add("n", B64.encodeToString(unsigned(publicKey.getModulus())))
                .add("e", B64.encodeToString(unsigned(publicKey.getPublicExponent()))))).build().toString();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/certs", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        base = RunningApplication.outsideIdentityNode("", "http://127.0.0.1:" + provider.getAddress().getPort()
                + "/certs", ISSUER);
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    void tokensTrueToTheirAccountAreServedAndEveryOtherIsRefusedEverywhere() throws Exception {
        String honestAgent = token("agent@demo.test", "demo", "ROLE_CLIENT_USER");
        Api.Reply me = get("/api/auth/me", honestAgent);
        assertEquals(200, me.status(), me.body());
        assertEquals("agent@demo.test", me.json().getString("email"));
        assertEquals(200, get("/api/tickets?limit=5", honestAgent).status());
        assertEquals(200, get("/api/support/categories", token("member@acme.test", "acme", "ROLE_MEMBER")).status());

        List<String> refused = List.of(
                token("admin@demo.test", "acme", "ROLE_CLIENT_ADMIN"),
                token("member@demo.test", "acme", "ROLE_CLIENT_USER"),
                token("admin@demo.test", "no-such-client", "ROLE_CLIENT_ADMIN"),
                token("admin@demo.test", null, "ROLE_CLIENT_ADMIN"),
                token("member@demo.test", "demo", "ROLE_CLIENT_ADMIN"),
                token("nobody@demo.test", "demo", "ROLE_CLIENT_ADMIN"));
        List<String> everyKind = List.of("/api/tickets?limit=5", "/api/tickets/queue", "/api/tickets/categories",
                "/api/accounts", "/api/settings/capabilities", "/api/support/categories", "/api/support/tickets",
                "/api/auth/me", "/api/tickets/" + UUID.randomUUID());
        for (String token : refused) {
            for (String path : everyKind) {
                Problems.assertProblem(get(path, token), 401);
            }
            Problems.assertProblem(send("POST", "/api/tickets/categories", token,
                    "{\"name\":\"Planted by a forged token\"}"), 401);
        }
    }

    @Test
    void aMemberTheProviderVouchesForGetsAnAccountOnFirstUseAndNobodyElseDoes() throws Exception {
        // a client of the test's own (the demo clients' people stay as other tests count them), made by the
        // platform operator with a token of the provider
        String slug = "idp-" + UUID.randomUUID().toString().substring(0, 8);
        String operator = token("operator@memberpulse.test", "platform", "ROLE_PLATFORM_OPERATOR");
        Api.Reply created = send("POST", "/api/platform/clients", operator, Json.createObjectBuilder()
                .add("slug", slug).add("name", "Provider's client").add("adminEmail", "admin@" + slug + ".test")
                .add("adminName", "Ida Admin").build().toString());
        assertEquals(201, created.status(), created.body());

        String email = "first-visit@" + slug + ".test";
        String member = token(email, slug, "ROLE_MEMBER", "Nina Newcomer");
        Api.Reply me = get("/api/auth/me", member);
        assertEquals(200, me.status(), me.body());
        assertEquals("Nina Newcomer", me.json().getString("name"));
        assertEquals("ROLE_MEMBER", me.json().getJsonArray("roles").getString(0));
        assertEquals(me.json().getString("id"), get("/api/auth/me", member).json().getString("id"), "one account");
        assertEquals(200, get("/api/support/tickets", member).status());

        for (String refused : List.of(
                token(email, slug, "ROLE_CLIENT_USER", "Now Claiming Staff"),
                token("new-agent@" + slug + ".test", slug, "ROLE_CLIENT_USER", "Staff By Token"),
                token("new-admin@" + slug + ".test", slug, "ROLE_CLIENT_ADMIN", "Admin By Token"),
                token("new-member-" + UUID.randomUUID() + "@demo.test", "no-such-client", "ROLE_MEMBER", "Lost"),
                token("new-member-" + UUID.randomUUID() + "@demo.test", "platform", "ROLE_MEMBER", "Climber"),
                token("new-member-" + UUID.randomUUID() + "@demo.test", null, "ROLE_MEMBER", "Nowhere"))) {
            Problems.assertProblem(get("/api/auth/me", refused), 401);
        }
    }

    @Test
    void ourOwnTokenEndpointSaysTokensComeFromTheProvider() {
        JsonObject problem = Problems.assertProblem(send("POST", "/api/auth/token", null,
                "{\"client\":\"demo\",\"email\":\"agent@demo.test\",\"password\":\"demo-password\"}"), 503);
        assertEquals(true, problem.getString("detail").contains("identity provider"), problem.toString());
    }

    private static String token(String email, String client, String group) throws Exception {
        return token(email, client, group, null);
    }

    /** A token as the provider would sign it (null client: no client claim at all). */
    private static String token(String email, String client, String group, String name) throws Exception {
        var claims = Json.createObjectBuilder().add("iss", ISSUER).add("aud", Tokens.AUDIENCE).add("sub", email)
                .add("upn", email).add("groups", Json.createArrayBuilder().add(group))
                .add("iat", Instant.now().getEpochSecond()).add("exp", Instant.now().plusSeconds(600).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (client != null) {
            claims.add("client", client);
        }
        if (name != null) {
            claims.add("name", name);
        }
        String unsigned = encode(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", "test-idp").build()) + "." + encode(claims.build());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + B64.encodeToString(rsa.sign());
    }

    private static String encode(JsonObject json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static Api.Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    private static Api.Reply send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
