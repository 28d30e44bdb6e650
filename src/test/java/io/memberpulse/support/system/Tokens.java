package io.memberpulse.support.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Hand-made tokens for the attacks a token check must refuse: expired, foreign issuer, unsigned, tampered. */
final class Tokens {

    /** The audience the test server verifies (RunningApplication sets MP_JWT_VERIFY_AUDIENCES). */
    static final String AUDIENCE = "memberpulse-api";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static JsonObject claims(String issuer, String email, String client, String group, Instant expires) {
        return Json.createObjectBuilder()
                .add("iss", issuer).add("aud", AUDIENCE).add("sub", "test").add("upn", email).add("client", client)
                .add("groups", Json.createArrayBuilder().add(group))
                .add("iat", expires.minusSeconds(3600).getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .add("jti", java.util.UUID.randomUUID().toString())
                .build();
    }

    /** Signed with the server's own key, so only the claims can make it fail. */
    static String signed(JsonObject claims) throws Exception {
        String unsigned = encode(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build())
                + "." + encode(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(serverKey());
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + B64.encodeToString(rsa.sign());
    }

    static String unsigned(JsonObject claims) {
        return encode(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build())
                + "." + encode(claims) + ".";
    }

    /** Same signature, different claims: what someone does to lift their own role. */
    static String tampered(String token, JsonObject claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private static String encode(JsonObject json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey serverKey() throws Exception {
        String pem = Files.readString(RunningApplication.dataDir().resolve("jwt/private.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").trim());
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
