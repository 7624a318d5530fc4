package io.adsync.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amazon throttles each profile with a token bucket: a sustained rate plus a burst. Measured on the real monotonic
 * clock, not the options' clock, because throttling is about actual request pace even when a test freezes time.
 */
final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code perSecond} of 0 or less lets everything through. */
    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond * 2);
    }

    boolean tryAcquire(long profileId) {
        if (perSecond <= 0) {
            return true;
        }
        return buckets.computeIfAbsent(profileId, id -> new Bucket(burst)).tryTake(perSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(double burst) {
            tokens = burst;
        }

        synchronized boolean tryTake(double perSecond, double burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
