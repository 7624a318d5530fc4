package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.adsync.security.LoginThrottle.Attempt;
import org.junit.jupiter.api.Test;

/** The failed-login counter alone, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final Attempt ana = Attempt.of("ana", "203.0.113.7");

    @Test
    void tenFailuresWithinFifteenMinutesBlockThatUserAndAddress() {
        fail(ana, 9);
        assertThat(throttle.blockedFor(ana)).as("nine failures").isEmpty();

        fail(ana, 1);

        assertThat(throttle.blockedFor(ana)).as("ten failures").isPresent();
    }

    @Test
    void anotherUserOrTheSameUserFromAnotherAddressIsNotBlocked() {
        fail(ana, 10);

        assertThat(throttle.blockedFor(Attempt.of("bob", "203.0.113.7"))).isEmpty();
        assertThat(throttle.blockedFor(Attempt.of("ana", "198.51.100.1"))).isEmpty();
        assertThat(throttle.blockedFor(Attempt.of("ANA", "203.0.113.7"))).as("capitals do not make another user")
                .isPresent();
    }

    @Test
    void theBlockLiftsWhenTheOldestFailureLeavesTheWindow() {
        fail(ana, 1);
        clock.advance(Duration.ofMinutes(5));
        fail(ana, 9);
        clock.advance(Duration.ofMinutes(9));

        assertThat(throttle.blockedFor(ana)).hasValue(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));

        assertThat(throttle.blockedFor(ana)).as("the first failure is 15 minutes old").isEmpty();
        fail(ana, 1);
        assertThat(throttle.blockedFor(ana)).as("nine recent failures and a new one").isPresent();
    }

    @Test
    void aSuccessfulLoginClearsOnlyItsOwnCounter() {
        Attempt bob = Attempt.of("bob", "203.0.113.7");
        fail(ana, 10);
        fail(bob, 9);

        throttle.succeeded(bob);
        fail(bob, 1);

        assertThat(throttle.blockedFor(ana)).isPresent();
        assertThat(throttle.blockedFor(bob)).as("bob starts counting again").isEmpty();
    }

    @Test
    void theStoreForgetsTheLeastRecentlyTouchedPairBeyondItsBound() {
        fail(ana, 10);
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.failed(Attempt.of("user" + i, "198.51.100.1"));
        }

        assertThat(throttle.blockedFor(ana)).as("ana's pair was the least recently touched").isEmpty();
        Attempt newest = Attempt.of("user" + (LoginThrottle.MAX_TRACKED - 1), "198.51.100.1");
        fail(newest, 9);
        assertThat(throttle.blockedFor(newest)).as("the newest pair kept its first failure").isPresent();
    }

    private void fail(Attempt attempt, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(attempt);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-15T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
