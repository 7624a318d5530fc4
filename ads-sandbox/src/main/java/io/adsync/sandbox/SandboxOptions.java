package io.adsync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox behaves.
 *
 * @param port                        TCP port on 127.0.0.1; 0 picks a free one (tests)
 * @param reportDelay                 how long a report takes: PENDING for the first half, PROCESSING for the second,
 *                                    then COMPLETED (Amazon takes minutes to hours; tests use milliseconds)
 * @param downloadUrlTtl              lifetime of a pre-signed download URL from the moment a GET hands it out
 * @param campaignsPerProfile         how many campaigns each profile has (about 80% of them show up on a given day)
 * @param requestsPerSecondPerProfile sustained API rate per profile before 429s; bursts of twice that pass;
 *                                    0 or less turns rate limiting off
 * @param clock                       drives report status, URL expiry, token expiry and "today" for the data, so
 *                                    tests can move time without sleeping
 */
public record SandboxOptions(int port, Duration reportDelay, Duration downloadUrlTtl, int campaignsPerProfile,
                             double requestsPerSecondPerProfile, Clock clock) {

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(reportDelay, "reportDelay");
        Objects.requireNonNull(downloadUrlTtl, "downloadUrlTtl");
        Objects.requireNonNull(clock, "clock");
        if (reportDelay.isNegative()) {
            throw new IllegalArgumentException("reportDelay must not be negative");
        }
        if (downloadUrlTtl.isNegative() || downloadUrlTtl.isZero()) {
            throw new IllegalArgumentException("downloadUrlTtl must be positive");
        }
        if (campaignsPerProfile < 1) {
            throw new IllegalArgumentException("campaignsPerProfile must be at least 1");
        }
    }

    /** A random port, 5 s reports, one-hour URLs (as Amazon), 25 campaigns, 20 requests/s per profile. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Duration.ofSeconds(5), Duration.ofHours(1), 25, 20, Clock.systemUTC());
    }

    public SandboxOptions withPort(int port) {
        return new SandboxOptions(port, reportDelay, downloadUrlTtl, campaignsPerProfile, requestsPerSecondPerProfile,
                clock);
    }

    public SandboxOptions withReportDelay(Duration reportDelay) {
        return new SandboxOptions(port, reportDelay, downloadUrlTtl, campaignsPerProfile, requestsPerSecondPerProfile,
                clock);
    }

    public SandboxOptions withDownloadUrlTtl(Duration downloadUrlTtl) {
        return new SandboxOptions(port, reportDelay, downloadUrlTtl, campaignsPerProfile, requestsPerSecondPerProfile,
                clock);
    }

    public SandboxOptions withCampaignsPerProfile(int campaignsPerProfile) {
        return new SandboxOptions(port, reportDelay, downloadUrlTtl, campaignsPerProfile, requestsPerSecondPerProfile,
                clock);
    }

    public SandboxOptions withRequestsPerSecondPerProfile(double requestsPerSecondPerProfile) {
        return new SandboxOptions(port, reportDelay, downloadUrlTtl, campaignsPerProfile, requestsPerSecondPerProfile,
                clock);
    }

    public SandboxOptions withClock(Clock clock) {
        return new SandboxOptions(port, reportDelay, downloadUrlTtl, campaignsPerProfile, requestsPerSecondPerProfile,
                clock);
    }
}
