package hearth.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Time-ordered (version 7) UUIDs, so new rows land at the end of their indexes. Inside {@link #seeded} the same
 * seed gives the same identifiers on the calling thread, so generated data can be reproduced.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Seeded> SEEDED = new ThreadLocal<>();

    private Ids() {
    }

    public static UUID next() {
        Seeded seeded = SEEDED.get();
        if (seeded == null) {
            return next(Clock.systemUTC().millis());
        }
        // a counter instead of the time, so seeded ids still rise in the order they are made
        long n = seeded.made++;
        long msb = ((seeded.millis + (n >>> 12)) << 16) | 0x7000L | (n & 0x0FFF);
        long lsb = (seeded.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    public static UUID next(long epochMillis) {
        Seeded seeded = SEEDED.get();
        Random random = seeded != null ? seeded.random : RANDOM;
        long msb = (epochMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /**
     * Runs {@code work} with this thread's identifiers drawn from {@code seed}: {@link #next()} stamps them from
     * {@code startMillis} on with a counter (one millisecond per 4096 identifiers) instead of the system time, so
     * they still rise in the order they are made; {@link #next(long)} with the time it is given. Other threads, and
     * this one afterwards, keep secure random identifiers.
     */
    public static <T> T seeded(long seed, long startMillis, Supplier<T> work) {
        Seeded previous = SEEDED.get();
        SEEDED.set(new Seeded(new Random(seed), startMillis));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SEEDED.remove();
            } else {
                SEEDED.set(previous);
            }
        }
    }

    /** Parses an identifier from a URL or form, answering null when it is not a UUID. */
    public static UUID parseOrNull(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final class Seeded {

        private final Random random;
        private final long millis;
        private long made;

        private Seeded(Random random, long millis) {
            this.random = random;
            this.millis = millis;
        }
    }
}
