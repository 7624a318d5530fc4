package io.adsync.ads;

import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the client against a real sandbox over HTTP: reports take {@link #REPORT_DELAY}, the sandbox's own rate
 * limit is off (tests inject 429s explicitly, so call counts are exact), retries wait milliseconds.
 */
abstract class SandboxTest {

    static final Duration REPORT_DELAY = Duration.ofMillis(300);
    static final int MAX_ATTEMPTS = 5;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static AdsSandbox sandbox;

    /** Identical report requests are 425 duplicates while pending: each test asks for days of its own. */
    private static final AtomicInteger daysBack = new AtomicInteger(1);

    @BeforeAll
    static void startSandbox() {
        sandbox = AdsSandbox.start(SandboxOptions.defaults()
                .withPort(0)
                .withReportDelay(REPORT_DELAY)
                .withRequestsPerSecondPerProfile(0));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.faults().reset();
        sandbox.stats().reset();
    }

    static AdsCredentials credentials() {
        return new AdsCredentials(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX);
    }

    static AdsClientProperties properties(String tokenUrl, String apiUrl, Duration maxBackoff) {
        return new AdsClientProperties(tokenUrl, apiUrl, sandbox.baseUrl(),
                new AdsClientProperties.Retry(MAX_ATTEMPTS, Duration.ofMillis(20), maxBackoff),
                Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    static AmazonAdsClient client() {
        return client(properties(null, null, Duration.ofMillis(100)), Clock.systemUTC());
    }

    static AmazonAdsClient client(AdsClientProperties properties, Clock clock) {
        return new AmazonAdsClient(new AdsEndpoints(properties), properties, JsonMapper.builder().build(), clock);
    }

    /** A day in the sandbox's data no other test of this class has asked a report for. */
    static LocalDate unusedDay() {
        return todayInLondon().minusDays(daysBack.getAndIncrement());
    }

    static LocalDate todayInLondon() {
        return LocalDate.now(LONDON);
    }

    static ReportStatus awaitFinal(AmazonAdsClient client, String reportId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            ReportStatus status = client.report(credentials(), reportId);
            if (status.status().isFinal()) {
                return status;
            }
            Thread.sleep(50);
        }
        return fail("report %s did not finish within 15 s", reportId);
    }
}
