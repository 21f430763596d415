package hearth.demo;

import java.util.Random;

/**
 * Stable keys for the generator's decisions about one child: drawn from the run's seed and the child's place in
 * the run, never from identifiers or hash codes, so the same seed makes the same decisions every time.
 */
final class DemoKeys {

    private DemoKeys() {
    }

    /** The key of the {@code ordinal}th child of a run with {@code seed} (SplitMix64 of the two). */
    static long child(long seed, long ordinal) {
        long z = seed * 0x9E3779B97F4A7C15L + ordinal + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True for about one child in {@code oneIn}, always the same children for the same seed. */
    static boolean oneIn(long seed, long ordinal, int oneIn) {
        return Math.floorMod(child(seed, ordinal), oneIn) == 0;
    }
}
