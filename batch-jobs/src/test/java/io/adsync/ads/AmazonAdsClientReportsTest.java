package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.adsync.ads.ReportStatus.Status;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.SandboxAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The asynchronous report: create, poll, download, and Amazon's answers along the way. */
class AmazonAdsClientReportsTest extends SandboxTest {

    private static final ReportDefinition SP_CAMPAIGNS = ReportCatalog.spCampaigns();

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aReportWithEveryRegistryColumnIsAcceptedAndDeliversThoseColumns() throws Exception {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();

        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);

        assertThat(created.duplicate()).isFalse();
        assertThat(sandbox.stats().reportsCreated(SandboxAccounts.PROFILE_GB)).isEqualTo(1);
        assertThat(awaitFinal(client, created.reportId()).status()).isEqualTo(Status.COMPLETED);
        JsonNode rows = downloadAll(client, created.reportId());
        assertThat(rows.size()).isPositive();
        Set<String> keys = new HashSet<>();
        rows.forEach(row -> keys.addAll(row.propertyNames()));
        Set<String> expected = new HashSet<>(ReportCatalog.spCampaigns().apiNames());
        expected.add("campaignTargetingType"); // Amazon adds it unasked; the loader keeps it in "extra"
        assertThat(keys).isEqualTo(expected);
    }

    @Test
    void aReportGoesFromPendingToCompletedWithAFreshDownloadUrl() throws Exception {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);

        ReportStatus first = client.report(credentials(), created.reportId());
        assertThat(first.status()).isIn(Status.PENDING, Status.PROCESSING);
        assertThat(first.url()).isNull();

        ReportStatus completed = awaitFinal(client, created.reportId());
        assertThat(completed.reportId()).isEqualTo(created.reportId());
        assertThat(completed.status()).isEqualTo(Status.COMPLETED);
        assertThat(completed.url()).startsWith(sandbox.baseUrl() + "/download/");
        assertThat(completed.urlExpiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(completed.failureReason()).isNull();
    }

    @Test
    void anIdenticalRequestWhileTheFirstIsPendingReusesItsReportId() {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();
        CreatedReport first = client.createReport(credentials(), SP_CAMPAIGNS, day, day);

        CreatedReport second = client.createReport(credentials(), SP_CAMPAIGNS, day, day);

        assertThat(second).isEqualTo(new CreatedReport(first.reportId(), true));
        assertThat(sandbox.stats().createReportCalls(SandboxAccounts.PROFILE_GB)).isEqualTo(2);
        assertThat(sandbox.stats().reportsCreated(SandboxAccounts.PROFILE_GB)).isEqualTo(1);
    }

    @Test
    void aFailedReportCarriesAmazonsReasonAndCannotBeDownloaded() throws Exception {
        AmazonAdsClient client = client();
        sandbox.faults().failNextReports(1);
        LocalDate day = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);

        ReportStatus failed = awaitFinal(client, created.reportId());

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.failureReason()).isNotBlank();
        assertThat(failed.url()).isNull();
        assertThatThrownBy(() -> client.download(credentials(), created.reportId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is FAILED");
    }

    @Test
    void theDownloadHoldsExactlyTheSandboxRowsOfEveryDay() throws Exception {
        AmazonAdsClient client = client();
        LocalDate end = unusedDay();
        LocalDate start = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, start, end);
        awaitFinal(client, created.reportId());

        JsonNode rows = downloadAll(client, created.reportId());

        List<String> expected = new ArrayList<>();
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            for (Map<String, Object> row : sandbox.data().rows(SandboxAccounts.PROFILE_GB, date, todayInLondon())) {
                expected.add(row.get("date") + " " + row.get("campaignId"));
            }
        }
        List<String> actual = new ArrayList<>();
        rows.forEach(row -> actual.add(row.path("date").asString() + " " + row.path("campaignId").asLong()));
        assertThat(actual).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anExpiredDownloadUrlIsReplacedByAFreshOne() throws Exception {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);
        awaitFinal(client, created.reportId());
        sandbox.stats().reset();
        sandbox.faults().expireNextDownloads(1);

        JsonNode rows = downloadAll(client, created.reportId());

        assertThat(rows.size()).isEqualTo(sandbox.data().rows(SandboxAccounts.PROFILE_GB, day, todayInLondon()).size());
        assertThat(sandbox.stats().downloads()).isEqualTo(2);
        assertThat(sandbox.stats().getReportCalls(SandboxAccounts.PROFILE_GB)).isEqualTo(2);
    }

    @Test
    void downloadUrlsRefusedAgainAndAgainFailTheDownloadAfterABoundedNumberOfFreshOnes() throws Exception {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);
        awaitFinal(client, created.reportId());
        sandbox.stats().reset();
        sandbox.faults().expireNextDownloads(100);

        assertThatThrownBy(() -> client.download(credentials(), created.reportId()))
                .isInstanceOf(AdsRequestRejectedException.class)
                .hasMessageContaining("the download URL was refused (HTTP 403")
                .hasMessageContaining("Request has expired")
                .hasMessageContaining("also after fetching a fresh one " + AmazonAdsClient.DOWNLOAD_URL_REFRESHES);
        assertThat(sandbox.stats().downloads()).isEqualTo(1 + AmazonAdsClient.DOWNLOAD_URL_REFRESHES);
    }

    @Test
    void aDownloadCutOffMidwayFailsWhileReadingInsteadOfLookingComplete() throws Exception {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);
        awaitFinal(client, created.reportId());
        sandbox.faults().truncateNextDownloads(1);

        try (InputStream rows = client.download(credentials(), created.reportId())) {
            assertThatThrownBy(rows::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aRangeLongerThan31DaysIsRejectedWithAmazonsDetail() {
        LocalDate end = todayInLondon().minusDays(1);

        assertThatThrownBy(() -> client().createReport(credentials(), SP_CAMPAIGNS, end.minusDays(31), end))
                .isInstanceOf(AdsRequestRejectedException.class)
                .hasMessageEndingWith("(HTTP 400): The report date range must not exceed 31 days")
                .satisfies(e -> {
                    AdsRequestRejectedException rejected = (AdsRequestRejectedException) e;
                    assertThat(rejected.status()).isEqualTo(400);
                    assertThat(rejected.detail()).isEqualTo("The report date range must not exceed 31 days");
                });
    }

    @Test
    void daysOlderThanAmazonKeepsAreRejectedWithAmazonsDetail() {
        LocalDate start = todayInLondon().minusDays(100);

        assertThatThrownBy(() -> client().createReport(credentials(), SP_CAMPAIGNS, start, start.plusDays(2)))
                .isInstanceOf(AdsRequestRejectedException.class)
                .hasMessageContaining("must be equal to or after report type data retention start date");
    }

    @Test
    void aRateLimitWithRetryAfterWaitsAsLongAsAmazonAsks() {
        AmazonAdsClient client = client(properties(null, null, Duration.ofSeconds(3)), Clock.systemUTC());
        client.accessToken(credentials());
        sandbox.faults().rateLimitCreates(1, 1);
        LocalDate day = unusedDay();

        long started = System.nanoTime();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(created.duplicate()).isFalse();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(sandbox.stats().createReportCalls(SandboxAccounts.PROFILE_GB)).isEqualTo(2);
    }

    @Test
    void aRateLimitWithoutRetryAfterBacksOffExponentiallyAndSucceeds() {
        AmazonAdsClient client = client();
        client.accessToken(credentials());
        sandbox.faults().rateLimitCreates(MAX_ATTEMPTS - 1, null);
        LocalDate day = unusedDay();

        long started = System.nanoTime();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(created.duplicate()).isFalse();
        assertThat(sandbox.stats().createReportCalls(SandboxAccounts.PROFILE_GB)).isEqualTo(MAX_ATTEMPTS);
        // waits of at most 20, 40, 80, 100 ms with this client's settings
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aRateLimitOutlastingEveryAttemptLeavesTheReportUncreated() {
        sandbox.faults().rateLimitCreates(MAX_ATTEMPTS + 5, null);
        LocalDate day = unusedDay();

        assertThatThrownBy(() -> client().createReport(credentials(), SP_CAMPAIGNS, day, day))
                .isInstanceOf(AdsRateLimitedException.class)
                .hasMessage("Could not create the spCampaigns report for " + day + " to " + day + " (profile "
                        + SandboxAccounts.PROFILE_GB + "): Amazon answered 429 Too Many Requests to all "
                        + MAX_ATTEMPTS + " attempts.");
        assertThat(sandbox.stats().createReportCalls(SandboxAccounts.PROFILE_GB)).isEqualTo(MAX_ATTEMPTS);
        assertThat(sandbox.stats().reportsCreated(SandboxAccounts.PROFILE_GB)).isZero();
    }

    @Test
    void aRateLimitedStatusPollIsRetried() {
        AmazonAdsClient client = client();
        LocalDate day = unusedDay();
        CreatedReport created = client.createReport(credentials(), SP_CAMPAIGNS, day, day);
        sandbox.stats().reset();
        sandbox.faults().rateLimitGets(2, 0);

        assertThat(client.report(credentials(), created.reportId()).reportId()).isEqualTo(created.reportId());
        assertThat(sandbox.stats().getReportCalls(SandboxAccounts.PROFILE_GB)).isEqualTo(3);
    }

    @Test
    void anUnknownReportIsRejected() {
        assertThatThrownBy(() -> client().report(credentials(), "4c1c8e8e-0000-0000-0000-000000000000"))
                .isInstanceOf(AdsRequestRejectedException.class)
                .hasMessageContaining("(HTTP 404)");
    }

    private JsonNode downloadAll(AmazonAdsClient client, String reportId) throws IOException {
        try (InputStream rows = client.download(credentials(), reportId)) {
            JsonNode array = json.readTree(rows);
            assertThat(array.isArray()).isTrue();
            return array;
        }
    }
}
