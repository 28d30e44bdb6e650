package io.memberpulse.support.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final AccountLink link = new AccountLink(UUID.randomUUID(), UUID.randomUUID(),
            AccountLink.Purpose.RESET, "hash", NOW, Duration.ofHours(24));

    @Test
    void aLinkWorksOnce() {
        assertDoesNotThrow(() -> link.use(NOW.plusSeconds(60)));
        assertThrows(LinkNotUsable.class, () -> link.use(NOW.plusSeconds(120)));
    }

    @Test
    void aLinkExpiresAtTheEndOfItsLifetime() {
        assertTrue(link.isUsable(NOW.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertFalse(link.isUsable(NOW.plus(Duration.ofHours(24))));
        assertThrows(LinkNotUsable.class, () -> link.use(NOW.plus(Duration.ofHours(25))));
    }

    @Test
    void aWithdrawnLinkNoLongerWorks() {
        link.withdraw(NOW);
        assertThrows(LinkNotUsable.class, () -> link.use(NOW.plusSeconds(1)));
    }
}
