package io.memberpulse.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature, issuer, audience and dates Payara's MicroProfile JWT mechanism has already checked,
 * kept until they expire so that the next request with the same token skips the parsing and the RSA verification
 * (an API client sends the same token for up to an hour).
 *
 * <p>Only that part is skipped. The entry is found by the token's exact text, so a changed byte is a miss and is
 * verified afresh; an entry is never used after the token's own expiry; and the account behind it is still read on
 * every request ({@code Callers}), so a password change, a deactivation or a suspended client ends the token at
 * once, exactly as before. The map holds at most {@link #CAPACITY} tokens, the least recently used leaving first.
 */
@ApplicationScoped
public class VerifiedTokens {

    static final int CAPACITY = 2048;

    /** What the JWT mechanism handed the container for a token: its parsed form and its groups. */
    record Verified(Principal token, Set<String> groups, long expiresAtSeconds) {
    }

    private final Map<String, Verified> tokens = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The verified form of this exact token, while it has not expired. */
    Optional<Verified> find(String token) {
        Verified verified;
        synchronized (tokens) {
            verified = tokens.get(token);
        }
        if (verified == null) {
            return Optional.empty();
        }
        if (verified.expiresAtSeconds() <= System.currentTimeMillis() / 1000) {
            synchronized (tokens) {
                tokens.remove(token);
            }
            return Optional.empty();
        }
        return Optional.of(verified);
    }

    /** Keeps a token the JWT mechanism has just accepted; one without an expiry is never kept. */
    void keep(String token, Principal principal, Set<String> groups) {
        if (principal instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            Verified verified = new Verified(jwt, Set.copyOf(groups == null ? Set.of() : groups),
                    jwt.getExpirationTime());
            synchronized (tokens) {
                tokens.put(token, verified);
            }
        }
    }
}
