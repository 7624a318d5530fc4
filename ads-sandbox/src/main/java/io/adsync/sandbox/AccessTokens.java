package io.adsync.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens handed out by the token endpoint. Only these open the API, and only for an hour, as Login-with-Amazon
 * tokens do; tokens of an earlier sandbox run are unknown, which is exactly an expired token to the client.
 */
final class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;

    AccessTokens(Clock clock) {
        this.clock = clock;
    }

    String issue() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = "Atza|" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        expiries.put(token, now.plus(LIFETIME));
        // forget expired tokens so a long-running sandbox does not grow
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        return token;
    }

    boolean valid(String token) {
        Instant expiry = expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }
}
