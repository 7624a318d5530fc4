package io.adsync.sandbox;

import java.util.List;

/**
 * Pseudo-random numbers fully determined by a seed (SplitMix64), so a profile, campaign and date always give the
 * same row on every JVM and every run; {@code java.util.Random} would do too, but its sequence per seed is not a
 * documented contract, and a tiny explicit one is easier to reason about.
 */
final class Seeded {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** Seeds from several parts (profile, campaign, day ...): changing any part changes the whole sequence. */
    Seeded(long... parts) {
        long seed = GOLDEN_GAMMA;
        for (long part : parts) {
            seed = mix(seed ^ mix(part + GOLDEN_GAMMA));
        }
        state = seed;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); the modulo bias is far below anything a report could show. */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    double between(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(nextInt(choices.size()));
    }
}
