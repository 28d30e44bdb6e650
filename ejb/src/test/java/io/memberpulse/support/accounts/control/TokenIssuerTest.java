package io.memberpulse.support.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.Unavailable;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theEmbeddedKeyPairIsGeneratedOnceWithAPrivateFile() throws Exception {
        SigningKey key = signingKey(true);
        key.ensureExists();
        String first = Files.readString(dir.resolve("jwt/private.pem"));
        key.ensureExists();
        assertEquals(first, Files.readString(dir.resolve("jwt/private.pem")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("jwt/private.pem"))));
        assertTrue(Files.readString(dir.resolve("jwt/public.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void tokensAreRs256SignedAndCarryTheClaimsTheApiReads() throws Exception {
        SigningKey key = signingKey(true);
        key.ensureExists();
        TokenIssuer issuer = issuer(key);
        Account account = new Account("member@demo.test", "Morgan", Role.ROLE_MEMBER, "hash", NOW);

        TokenIssuer.Token token = issuer.issue(account, "demo");
        String[] parts = token.value().split("\\.");
        assertEquals(3, parts.length);

        JsonObject header = decode(parts[0]);
        assertEquals("RS256", header.getString("alg"));
        JsonObject claims = decode(parts[1]);
        assertEquals("test-issuer", claims.getString("iss"));
        assertEquals("member@demo.test", claims.getString("upn"));
        assertEquals(account.id().toString(), claims.getString("sub"));
        assertEquals("demo", claims.getString("client"));
        assertEquals("ROLE_MEMBER", claims.getJsonArray("groups").getString(0));
        assertEquals(NOW.getEpochSecond(), claims.getJsonNumber("iat").longValue());
        assertEquals(NOW.getEpochSecond() + 3600, claims.getJsonNumber("exp").longValue());

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void withoutASigningKeyTheServerIssuesNoTokens() {
        SigningKey none = signingKey(false);
        Account account = new Account("member@demo.test", "Morgan", Role.ROLE_MEMBER, "hash", NOW);
        assertThrows(Unavailable.class, () -> issuer(none).issue(account, "demo"));
    }

    private SigningKey signingKey(boolean generate) {
        SigningKey key = new SigningKey();
        key.privateKeyLocation = Optional.of(dir.resolve("jwt/private.pem").toString());
        key.publicKeyFile = Optional.of(dir.resolve("jwt/public.pem").toString());
        key.generate = generate;
        return key;
    }

    @Test
    void whenTokensAreVerifiedWithAnOutsideKeyTheServerIssuesNone() {
        SigningKey key = signingKey(true);
        key.ensureExists();
        TokenIssuer issuer = issuer(key);
        issuer.verificationKey = "https://keycloak.example/realms/demo/protocol/openid-connect/certs";
        Account account = new Account("member@demo.test", "Morgan", Role.ROLE_MEMBER, "hash", NOW);
        Unavailable refused = assertThrows(Unavailable.class, () -> issuer.issue(account, "demo"));
        assertTrue(refused.getMessage().contains("identity provider"), refused.getMessage());
    }

    @Test
    void whenAudiencesAreVerifiedOurTokensNameTheFirst() throws Exception {
        SigningKey key = signingKey(true);
        key.ensureExists();
        TokenIssuer issuer = issuer(key);
        issuer.audiences = Optional.of(" memberpulse-api , other");
        Account account = new Account("member@demo.test", "Morgan", Role.ROLE_MEMBER, "hash", NOW);
        assertEquals("memberpulse-api", decode(issuer.issue(account, "demo").value().split("\\.")[1])
                .getString("aud"));
        issuer.audiences = Optional.empty();
        assertTrue(!decode(issuer.issue(account, "demo").value().split("\\.")[1]).containsKey("aud"));
    }

    private TokenIssuer issuer(SigningKey key) {
        TokenIssuer issuer = new TokenIssuer();
        issuer.ourPublicKey = key.publicKeyFile;
        issuer.audiences = Optional.empty();
        issuer.verificationKey = "file:" + key.publicKeyFile.orElseThrow();
        issuer.issuer = "test-issuer";
        issuer.clientClaim = "client";
        issuer.lifetimeMinutes = 60;
        issuer.signingKey = key;
        issuer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return issuer;
    }

    private PublicKey publicKey() throws Exception {
        String pem = Files.readString(dir.resolve("jwt/public.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").trim());
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static JsonObject decode(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
