package io.memberpulse.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final VerifiedTokens tokens = new VerifiedTokens();

    @Test
    void aVerifiedTokenIsFoundByItsExactTextOnly() {
        tokens.keep("header.payload.signature", token("agent@demo.test", inSeconds(600)), Set.of("ROLE_AGENT"));

        assertEquals(Set.of("ROLE_AGENT"), tokens.find("header.payload.signature").orElseThrow().groups());
        assertFalse(tokens.find("header.payload.signaturX").isPresent(), "a changed byte is verified afresh");
        assertFalse(tokens.find("header.payload").isPresent());
    }

    @Test
    void anExpiredTokenIsNeverUsed() {
        tokens.keep("expires-now", token("agent@demo.test", inSeconds(0)), Set.of("ROLE_AGENT"));
        tokens.keep("expired", token("agent@demo.test", inSeconds(-60)), Set.of("ROLE_AGENT"));

        assertFalse(tokens.find("expires-now").isPresent());
        assertFalse(tokens.find("expired").isPresent());
    }

    @Test
    void aTokenWithoutExpiryIsNotKept() {
        tokens.keep("no-exp", token("agent@demo.test", 0), Set.of("ROLE_AGENT"));

        assertFalse(tokens.find("no-exp").isPresent());
    }

    @Test
    void theLeastRecentlyUsedLeaveWhenFull() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.keep("token-" + i, token("member" + i + "@demo.test", inSeconds(600)), Set.of("ROLE_MEMBER"));
        }
        assertTrue(tokens.find("token-0").isPresent()); // used again: now the most recent

        tokens.keep("one-more", token("new@demo.test", inSeconds(600)), Set.of("ROLE_MEMBER"));

        assertTrue(tokens.find("token-0").isPresent());
        assertFalse(tokens.find("token-1").isPresent(), "the least recently used one left");
        assertTrue(tokens.find("one-more").isPresent());
    }

    private static long inSeconds(long seconds) {
        return System.currentTimeMillis() / 1000 + seconds;
    }

    private static JsonWebToken token(String name, long expiresAt) {
        Map<String, Object> claims = Map.of("upn", name, "exp", expiresAt);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return (T) claims.get(claim);
            }
        };
    }
}
