package io.adsync.ads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before retry number n: exponential with full jitter (a random wait between zero and
 * {@code initial * 2^(n-1)}, capped), so that many clients throttled at once do not come back in lockstep. When
 * Amazon says how long to wait ({@code Retry-After}, seconds or an HTTP date) that wins, within the same cap.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final Clock clock;
    private final DoubleSupplier random;

    /**
     * @param random uniform values in [0, 1)
     */
    Backoff(Duration initial, Duration max, Clock clock, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param retry      1 for the first retry, 2 for the second ...
     * @param retryAfter the response's {@code Retry-After} header, if any
     */
    Duration delay(int retry, Optional<String> retryAfter) {
        return retryAfter.flatMap(this::parseRetryAfter)
                .map(this::capped)
                .orElseGet(() -> jittered(retry));
    }

    private Duration jittered(int retry) {
        Duration ceiling = exponentialCeiling(retry);
        return Duration.ofNanos((long) (ceiling.toNanos() * random.getAsDouble()));
    }

    private Duration exponentialCeiling(int retry) {
        // past 2^30 the cap has long been reached; the shift would overflow
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        Duration ceiling;
        try {
            ceiling = initial.multipliedBy(1L << doublings);
        } catch (ArithmeticException overflow) {
            ceiling = max;
        }
        return capped(ceiling);
    }

    private Duration capped(Duration delay) {
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); anything else is ignored. */
    private Optional<Duration> parseRetryAfter(String header) {
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(clock.instant(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
