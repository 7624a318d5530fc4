package io.adsync.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The job tests' sandbox clock: real time plus what a test moved it on, so reports finish on their
 * own (as the backfill and the manual sync expect) and a test that must not wait for them moves
 * the clock instead of sleeping. Frozen, it holds still until released: reports requested then
 * stay unfinished for as long as the test needs.
 */
final class SandboxClock extends Clock {

    private Duration offset = Duration.ZERO;
    private Instant frozenAt;

    @Override
    public synchronized Instant instant() {
        return frozenAt != null ? frozenAt : Instant.now().plus(offset);
    }

    synchronized void advance(Duration duration) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    synchronized void freeze() {
        frozenAt = instant();
    }

    /** Runs on from where it stands (never back: report states only move forward). */
    synchronized void release() {
        if (frozenAt != null) {
            offset = Duration.between(Instant.now(), frozenAt);
            frozenAt = null;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox reads instants only");
    }
}
