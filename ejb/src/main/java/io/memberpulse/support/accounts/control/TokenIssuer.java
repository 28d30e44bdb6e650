package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.platform.entity.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the access tokens of our own sign-in endpoint (RS256). Verification is MicroProfile JWT's job and reads
 * only configuration, so an operator can switch to an outside identity provider and drop this issuer entirely.
 */
@ApplicationScoped
public class TokenIssuer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /**
     * Our tokens' record of the account's password generation: a token issued before a password change or reset
     * carries an older value and is refused ({@code Callers}).
     */
    public static final String CREDENTIALS_CLAIM = "mp_credentials";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.client-claim", defaultValue = "client")
    String clientClaim;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.lifetime-minutes", defaultValue = "60")
    int lifetimeMinutes;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String verificationKey;

    /** When the operator makes verification check the audience, our own tokens name the first one. */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.public-key.file")
    Optional<String> ourPublicKey;

    @Inject
    SigningKey signingKey;

    @Inject
    Clock clock;

    public record Token(String value, Duration lifetime) {
    }

    public Token issue(Account account, String clientSlug) {
        if (ourPublicKey.isEmpty() || !verificationKey.equals("file:" + ourPublicKey.get())) {
            throw new Unavailable("This server does not issue tokens: tokens are verified with the organisation's "
                    + "identity provider (MP_JWT_VERIFY_PUBLICKEY_LOCATION), so sign in there.");
        }
        PrivateKey key = signingKey.privateKey()
                .orElseThrow(() -> new Unavailable("This server does not issue tokens: "
                        + "sign in with the organisation's identity provider."));
        long now = clock.instant().getEpochSecond();
        Duration lifetime = Duration.ofMinutes(lifetimeMinutes);
        JsonObject header = Json.createObjectBuilder()
                .add("alg", "RS256").add("typ", "JWT").add("kid", signingKey.keyId()).build();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", account.id().toString())
                .add("upn", account.email())
                .add("name", account.displayName())
                .add(clientClaim, clientSlug)
                .add("groups", Json.createArrayBuilder().add(account.role().name()))
                .add(CREDENTIALS_CLAIM, account.credentialsEpoch())
                .add("iat", now)
                .add("exp", now + lifetime.toSeconds())
                .add("jti", UUID.randomUUID().toString());
        audiences.map(list -> list.split(",")[0].strip()).filter(audience -> !audience.isEmpty())
                .ifPresent(audience -> claims.add("aud", audience));
        String unsigned = encode(header) + "." + encode(claims.build());
        return new Token(unsigned + "." + B64.encodeToString(sign(unsigned, key)), lifetime);
    }

    private static String encode(JsonObject json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sign(String content, PrivateKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(content.getBytes(StandardCharsets.US_ASCII));
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token with the configured key", e);
        }
    }
}
