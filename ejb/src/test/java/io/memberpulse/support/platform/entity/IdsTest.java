package io.memberpulse.support.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7AndRfcVariant() {
        UUID id = Ids.next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void idsFromLaterMillisecondsSortLater() throws InterruptedException {
        UUID first = Ids.next();
        Thread.sleep(2);
        UUID second = Ids.next();
        assertTrue(Long.compareUnsigned(first.getMostSignificantBits(), second.getMostSignificantBits()) < 0);
    }

    @Test
    void idsMadeWithinOneMillisecondStillSortInTheOrderMade() {
        UUID previous = Ids.next();
        for (int i = 0; i < 10_000; i++) {
            UUID next = Ids.next();
            assertTrue(Long.compareUnsigned(previous.getMostSignificantBits(), next.getMostSignificantBits()) < 0,
                    previous + " before " + next);
            previous = next;
        }
    }

    @Test
    void idsDoNotRepeat() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(Ids.next()));
        }
    }
}
