package io.adsync.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed logins per user name and client address: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW} that pair is refused until the oldest failure is older than the window. Another user, or
 * the same user from another address, is not affected; a successful login clears only its own pair.
 *
 * <p>In memory, per instance: the counters are lost on a restart, and behind a load balancer each
 * instance counts for itself (an attacker gets {@value #MAX_FAILURES} guesses per instance and window).
 * That is the price of needing no shared store; the limit still turns an online guessing attack from
 * thousands of guesses a minute into 40 an hour. The store is bounded ({@value #MAX_TRACKED} pairs,
 * the least recently touched forgotten first), so a flood of made-up user names cannot exhaust memory.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<Attempt, Deque<Instant>> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Attempt, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return how long the pair must wait, or empty when it may try */
    synchronized Optional<Duration> blockedFor(Attempt attempt) {
        Deque<Instant> recent = recent(attempt);
        if (recent == null || recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)));
    }

    synchronized void failed(Attempt attempt) {
        Deque<Instant> recent = recent(attempt);
        if (recent == null) {
            recent = new ArrayDeque<>();
            failures.put(attempt, recent);
        }
        recent.addLast(clock.instant());
        while (recent.size() > MAX_FAILURES) {
            recent.removeFirst();
        }
    }

    synchronized void succeeded(Attempt attempt) {
        failures.remove(attempt);
    }

    /** The pair's failures still inside the window (older ones dropped), or null when it has none. */
    private Deque<Instant> recent(Attempt attempt) {
        Deque<Instant> recent = failures.get(attempt);
        if (recent == null) {
            return null;
        }
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(attempt);
            return null;
        }
        return recent;
    }

    /** A user name (whatever its capitals, so "Admin" counts with "admin") tried from an address. */
    record Attempt(String username, String address) {

        static Attempt of(String username, String address) {
            return new Attempt(username == null ? "" : username.strip().toLowerCase(Locale.ROOT),
                    address == null ? "unknown" : address);
        }
    }
}
