package io.adsync.sandbox;

import static io.adsync.sandbox.SandboxClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThrottlingAndFaultsTest {

    private static final long GB = SandboxAccounts.PROFILE_GB;
    private static final long US = SandboxAccounts.PROFILE_US;

    private final AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults());
    private final SandboxClient client = new SandboxClient(sandbox);
    private final LocalDate yesterday = LocalDate.now(SandboxAccounts.profile(GB).orElseThrow().zone()).minusDays(1);

    @BeforeEach
    void signIn() {
        client.signIn();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void rateLimitedCreateSaysWhenToRetry() {
        sandbox.faults().rateLimitCreates(1, 7);

        HttpResponse<String> limited = client.createReport(GB, yesterday, yesterday);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(json(limited).path("code").stringValue()).isEqualTo("429");
        assertThat(json(limited).path("detail").stringValue()).isEqualTo("Too Many Requests");
        assertThat(client.createReport(GB, yesterday, yesterday).statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().createReportCalls(GB)).isEqualTo(2);
        assertThat(sandbox.stats().reportsCreated(GB)).isEqualTo(1);
    }

    @Test
    void rateLimitedStatusCallsMayOmitRetryAfter() {
        String reportId = client.createdReportId(GB, yesterday, yesterday);
        sandbox.faults().rateLimitGets(2, null);

        List<HttpResponse<String>> answers = List.of(client.report(GB, reportId), client.report(GB, reportId),
                client.report(GB, reportId));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(429, 429, 200);
        assertThat(answers.get(0).headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void eachProfileHasItsOwnRateLimit() {
        try (AdsSandbox slow = AdsSandbox.start(SandboxOptions.defaults().withRequestsPerSecondPerProfile(1))) {
            SandboxClient slowClient = new SandboxClient(slow);
            slowClient.signIn();

            List<Integer> gb = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                gb.add(slowClient.report(GB, "no-such-report").statusCode());
            }
            HttpResponse<String> us = slowClient.report(US, "no-such-report");

            // a burst of twice the rate passes (404: admitted, the report does not exist), then 429s
            assertThat(gb.subList(0, 2)).containsOnly(404);
            assertThat(gb).contains(429);
            assertThat(us.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void throttledAnswerFromTheBucketHasNoRetryAfter() {
        try (AdsSandbox slow = AdsSandbox.start(SandboxOptions.defaults().withRequestsPerSecondPerProfile(1))) {
            SandboxClient slowClient = new SandboxClient(slow);
            slowClient.signIn();
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = slowClient.report(GB, "no-such-report");
            }

            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After")).isEmpty();
        }
    }

    @Test
    void serverErrorsHitApiCallsButNotTheTokenEndpoint() {
        sandbox.faults().serverErrors(2);

        assertThat(client.token(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN).statusCode()).isEqualTo(200);
        HttpResponse<String> failed = client.profiles();
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(json(failed).path("detail").stringValue()).isEqualTo("Service Unavailable");
        assertThat(client.createReport(GB, yesterday, yesterday).statusCode()).isEqualTo(503);
        assertThat(client.profiles().statusCode()).isEqualTo(200);
    }

    @Test
    void unauthorizedFaultLooksLikeAnExpiredToken() {
        sandbox.faults().unauthorizedNext(1);

        HttpResponse<String> rejected = client.profiles();

        assertThat(rejected.statusCode()).isEqualTo(401);
        assertThat(json(rejected).path("code").stringValue()).isEqualTo("UNAUTHORIZED");
        assertThat(client.profiles().statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysEveryAnswerUntilReset() {
        sandbox.faults().latency(Duration.ofMillis(200));
        long start = System.nanoTime();
        client.profiles();
        long slowMillis = (System.nanoTime() - start) / 1_000_000;

        sandbox.faults().reset();

        assertThat(slowMillis).isGreaterThanOrEqualTo(200);
        assertThat(client.profiles().statusCode()).isEqualTo(200);
    }

    @Test
    void resetClearsPendingFaultsAndStatsResetClearsCounters() {
        sandbox.faults().serverErrors(5).unauthorizedNext(5);
        sandbox.faults().reset();

        assertThat(client.profiles().statusCode()).isEqualTo(200);
        sandbox.stats().reset();
        assertThat(sandbox.stats().profileCalls()).isZero();
        assertThat(sandbox.stats().tokenCalls()).isZero();
    }
}
