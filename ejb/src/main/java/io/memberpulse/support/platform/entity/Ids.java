package io.memberpulse.support.platform.entity;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (version 7) assigned in Java: ids exist before the insert, need no database sequence
 * (which EclipseLink and H2 handle badly, see PLATFORM-NOTES) and keep B-tree inserts close to the right edge.
 *
 * <p>Ids made by one server are strictly increasing, also within one millisecond (RFC 9562, method 3: the 12
 * {@code rand_a} bits count within the millisecond). Lists ordered by "created, then id" — the files of one
 * ticket, the messages of one reply — therefore keep the order in which they were made.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Last issued timestamp (milliseconds) shifted left 12 bits, plus the counter within that millisecond. */
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    public static UUID next() {
        long now = System.currentTimeMillis() << 12;
        long stamp = LAST.updateAndGet(last -> Math.max(now, last + 1));
        long high = ((stamp >>> 12) << 16) | 0x7000L | (stamp & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
