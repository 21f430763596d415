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
        return next(seeded != null ? seeded.millis : Clock.systemUTC().millis());
    }

    public static UUID next(long epochMillis) {
        Seeded seeded = SEEDED.get();
        Random random = seeded != null ? seeded.random : RANDOM;
        long msb = (epochMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /**
     * Runs {@code work} with this thread's identifiers drawn from {@code seed}: {@link #next()} stamps them with
     * {@code startMillis} instead of the system time, {@link #next(long)} with the time it is given. Other threads,
     * and this one afterwards, keep secure random identifiers.
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

    private record Seeded(Random random, long millis) {
    }
}
