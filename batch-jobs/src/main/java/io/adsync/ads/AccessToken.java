package io.adsync.ads;

import java.time.Duration;
import java.time.Instant;

/**
 * A Login-with-Amazon access token.
 *
 * @param value     the bearer token
 * @param expiresIn its lifetime in seconds as Amazon stated it (usually 3600)
 * @param expiresAt when it stops working, by the client's clock
 */
public record AccessToken(String value, long expiresIn, Instant expiresAt) {

    /** Still usable at {@code now} with {@code margin} to spare, so a request does not race the expiry. */
    boolean usableAt(Instant now, Duration margin) {
        return now.isBefore(expiresAt.minus(margin));
    }

    @Override
    public String toString() {
        return "AccessToken[value=••••, expiresIn=" + expiresIn + ", expiresAt=" + expiresAt + "]";
    }
}
