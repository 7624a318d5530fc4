package io.adsync.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@OperationsAppTest
class PrometheusMetricsTest {

    static final String ROWS_LOADED = "adsync_rows_loaded_total{report_type=\"spCampaigns\"}";
    static final String CREATES_RATE_LIMITED =
            "adsync_amazon_requests_total{api=\"ads\",operation=\"create_report\",status=\"429\"}";

    @LocalServerPort
    int port;

    @Autowired
    AdsJobs jobs;

    @Autowired
    AdsSandbox sandbox;

    @Test
    void theScrapeNeedsTheMetricsTokenOrTheAdminLogin() {
        TestHttp http = new TestHttp(port);

        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "Authorization", "Bearer wrong-token").status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "Authorization", "Bearer " + OperationsAppTest.METRICS_TOKEN
                + "x").status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "Authorization", TestHttp.basic("admin", "wrong")).status())
                .isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "Authorization", TestHttp.admin()).status()).isEqualTo(200);
        Response scrape = scrape();
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Set-Cookie")).as("a scrape opens no session").isEmpty();
    }

    @Test
    void aSyncShowsItsRowsItsAmazonCallsAndItsReports() {
        double rowsBefore = value(scrape().body(), ROWS_LOADED);
        double rateLimitedBefore = value(scrape().body(), CREATES_RATE_LIMITED);
        sandbox.faults().rateLimitCreates(1, 0);

        AdsJobs.SyncResult sync = jobs.manualSync(SyncHealthTest.ORG, null);

        long rowsLoaded = sync.reports().stream().mapToLong(PendingReport::rowsLoaded).sum();
        assertThat(sync.reports()).isNotEmpty().allMatch(report -> PendingReport.COMPLETED.equals(report.status()));
        assertThat(rowsLoaded).isPositive();
        String text = scrape().body();
        assertThat(value(text, ROWS_LOADED) - rowsBefore).isEqualTo((double) rowsLoaded);
        assertThat(value(text, CREATES_RATE_LIMITED) - rateLimitedBefore).as("the retried 429").isEqualTo(1.0);
        assertThat(value(text, "adsync_amazon_requests_total{api=\"ads\",operation=\"download\",status=\"200\"}"))
                .isPositive();
        assertThat(text).as("Spring Batch's own metrics").contains("spring_batch_job_seconds_count",
                "spring_batch_step_seconds_count", "spring_batch_chunk_write_seconds_count");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String refreshed = scrape().body();
            assertThat(value(refreshed, "adsync_data_age_days{profile_id=\"" + SandboxAccounts.PROFILE_GB
                    + "\",report_type=\"spCampaigns\"}")).as("yesterday is the newest day").isEqualTo(1.0);
            assertThat(value(refreshed, "adsync_reports{status=\"completed\"}")).isPositive();
            assertThat(refreshed).contains("adsync_reports{status=\"failed\"}");
        });
    }

    private Response scrape() {
        return new TestHttp(port).get("/actuator/prometheus", "Authorization",
                "Bearer " + OperationsAppTest.METRICS_TOKEN);
    }

    /** The sample's value, 0 when the series is not there yet. */
    private static double value(String text, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
