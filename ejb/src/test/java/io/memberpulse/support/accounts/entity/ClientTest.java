package io.memberpulse.support.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.platform.entity.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientTest {

    @Test
    void slugsAreWhatAPersonCanTypeAtSignIn() {
        assertEquals("guild-of-engineers", Client.checkedSlug(" Guild-of-Engineers "));
        for (String bad : new String[] {"", "-guild", "guild-", "has space", "ümlaut", "x".repeat(41)}) {
            assertThrows(RuleViolation.class, () -> Client.checkedSlug(bad), bad);
        }
    }

    @Test
    void thePlatformsOwnClientCannotBeSuspended() {
        Client platform = new Client(Client.PLATFORM_SLUG, "MemberPulse platform", Instant.now());
        assertTrue(platform.isPlatform());
        assertThrows(RuleViolation.class, platform::suspend);
        Client guild = new Client("guild", "Guild", Instant.now());
        guild.suspend();
        assertTrue(guild.isSuspended());
    }
}
