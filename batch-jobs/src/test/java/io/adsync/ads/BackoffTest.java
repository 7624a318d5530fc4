package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Backoff backoff(double random) {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), CLOCK, () -> random);
    }

    @Test
    void theCeilingDoublesWithEveryRetryUpToTheMaximum() {
        Backoff atCeiling = backoff(0.999_999);

        assertThat(atCeiling.delay(1, Optional.empty())).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(atCeiling.delay(2, Optional.empty())).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
        assertThat(atCeiling.delay(4, Optional.empty())).isBetween(Duration.ofMillis(7999), Duration.ofSeconds(8));
        assertThat(atCeiling.delay(6, Optional.empty())).isBetween(Duration.ofMillis(29_999), Duration.ofSeconds(30));
        assertThat(atCeiling.delay(500, Optional.empty())).isBetween(Duration.ofMillis(29_999),
                Duration.ofSeconds(30));
    }

    @Test
    void fullJitterPicksAnyWaitBetweenZeroAndTheCeiling() {
        assertThat(backoff(0.0).delay(3, Optional.empty())).isZero();
        assertThat(backoff(0.5).delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterInSecondsWinsOverTheExponentialWait() {
        assertThat(backoff(0.0).delay(1, Optional.of("7"))).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff(0.9).delay(5, Optional.of(" 2 "))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsAnHttpDateWaitsUntilThatMoment() {
        assertThat(backoff(0.0).delay(1, Optional.of("Mon, 02 Jun 2025 10:00:12 GMT")))
                .isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterInThePastMeansRetryNow() {
        assertThat(backoff(0.9).delay(1, Optional.of("Mon, 02 Jun 2025 09:59:00 GMT"))).isZero();
    }

    @Test
    void retryAfterIsCappedAtTheMaximumWait() {
        assertThat(backoff(0.0).delay(1, Optional.of("3600"))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheExponentialWait() {
        assertThat(backoff(0.5).delay(2, Optional.of("soon"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff(0.5).delay(2, Optional.of("-5"))).isEqualTo(Duration.ofSeconds(1));
    }
}
