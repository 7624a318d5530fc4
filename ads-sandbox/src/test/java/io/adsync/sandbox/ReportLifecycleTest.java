package io.adsync.sandbox;

import static io.adsync.sandbox.SandboxClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportLifecycleTest {

    private static final long GB = SandboxAccounts.PROFILE_GB;
    /** 12:00 UTC is 12:00 in London in March: "today" for the GB profile is 2026-03-10. */
    private static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Duration DELAY = Duration.ofMinutes(10);

    private final ManualClock clock = new ManualClock(NOON);
    private final AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults().withClock(clock)
            .withReportDelay(DELAY));
    private final SandboxClient client = new SandboxClient(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void createdReportIsPendingThenProcessingThenCompletedWithADownloadUrl() {
        client.signIn();

        HttpResponse<String> created = client.createReport(GB, TODAY.minusDays(3), TODAY.minusDays(1));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.createasyncreportresponse.v3+json");
        JsonNode report = json(created);
        String reportId = report.path("reportId").stringValue();
        assertThat(reportId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(report.path("status").stringValue()).isEqualTo("PENDING");
        assertThat(report.path("startDate").stringValue()).isEqualTo("2026-03-07");
        assertThat(report.path("endDate").stringValue()).isEqualTo("2026-03-09");
        assertThat(report.path("configuration").path("reportTypeId").stringValue()).isEqualTo("spCampaigns");
        assertThat(report.path("url").isNull()).isTrue();
        assertThat(report.path("failureReason").isNull()).isTrue();

        clock.advance(DELAY.dividedBy(2).minusMillis(1));
        assertThat(status(reportId)).isEqualTo("PENDING");
        clock.advance(Duration.ofMillis(1));
        assertThat(status(reportId)).isEqualTo("PROCESSING");
        clock.advance(DELAY.dividedBy(2));

        HttpResponse<String> completed = client.report(GB, reportId);
        assertThat(completed.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.getasyncreportresponse.v3+json");
        JsonNode done = json(completed);
        assertThat(done.path("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(done.path("url").stringValue())
                .startsWith(sandbox.baseUrl() + "/download/" + reportId + "?expires=")
                .contains("&signature=");
        assertThat(Instant.parse(done.path("urlExpiresAt").stringValue()))
                .isEqualTo(NOON.plus(DELAY).plus(Duration.ofHours(1)));
        assertThat(sandbox.stats().createReportCalls(GB)).isEqualTo(1);
        assertThat(sandbox.stats().getReportCalls(GB)).isEqualTo(3);
    }

    @Test
    void downloadIsTheGzipJsonOfTheGeneratedRowsOfEveryDateInOrder() {
        client.signIn();
        String reportId = client.createdReportId(GB, TODAY.minusDays(3), TODAY.minusDays(1));
        clock.advance(DELAY);

        HttpResponse<byte[]> download = client.download(client.downloadUrl(GB, reportId));

        assertThat(download.statusCode()).isEqualTo(200);
        List<Map<String, Object>> expected = new ArrayList<>();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            expected.addAll(sandbox.data().rows(GB, TODAY.minusDays(daysAgo), TODAY));
        }
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(SandboxClient.gunzipRows(download.body())).isEqualTo(expected);
        assertThat(sandbox.stats().downloads()).isEqualTo(1);
    }

    @Test
    void rowsCarryOnlyTheRequestedColumnsPlusTheTargetingType() {
        client.signIn();
        LocalDate day = TODAY.minusDays(2);
        HttpResponse<String> created = client.createReport(GB, SandboxClient.reportBody(day, day,
                List.of("date", "campaignId", "cost", "sales14d")));
        clock.advance(DELAY);

        List<Map<String, Object>> rows = SandboxClient.gunzipRows(client.download(
                client.downloadUrl(GB, json(created).path("reportId").stringValue())).body());

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.keySet())
                .containsExactlyInAnyOrder("date", "campaignId", "cost", "sales14d", "campaignTargetingType"));
    }

    @Test
    void identicalRequestWhileTheFirstIsInFlightIsADuplicate() {
        client.signIn();
        String first = client.createdReportId(GB, TODAY.minusDays(1), TODAY.minusDays(1));

        HttpResponse<String> again = client.createReport(GB, TODAY.minusDays(1), TODAY.minusDays(1));

        assertThat(again.statusCode()).isEqualTo(425);
        assertThat(json(again).path("code").stringValue()).isEqualTo("425");
        assertThat(json(again).path("detail").stringValue()).isEqualTo("The Request is a duplicate of : " + first);
        assertThat(sandbox.stats().createReportCalls(GB)).isEqualTo(2);
        assertThat(sandbox.stats().reportsCreated(GB)).isEqualTo(1);
    }

    @Test
    void sameDatesForAnotherProfileOrAfterCompletionAreNoDuplicates() {
        client.signIn();
        LocalDate day = TODAY.minusDays(1);
        client.createdReportId(GB, day, day);

        assertThat(client.createReport(SandboxAccounts.PROFILE_US, day, day).statusCode()).isEqualTo(200);
        clock.advance(DELAY);
        assertThat(client.createReport(GB, day, day).statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().reportsCreated(GB)).isEqualTo(2);
    }

    @Test
    void failedReportCarriesAReasonAndNoUrl() {
        client.signIn();
        sandbox.faults().failNextReports(1);
        String failing = client.createdReportId(GB, TODAY.minusDays(1), TODAY.minusDays(1));
        String fine = client.createdReportId(GB, TODAY.minusDays(2), TODAY.minusDays(2));
        clock.advance(DELAY);

        JsonNode failed = json(client.report(GB, failing));
        assertThat(failed.path("status").stringValue()).isEqualTo("FAILED");
        assertThat(failed.path("failureReason").stringValue()).isNotBlank();
        assertThat(failed.path("url").isNull()).isTrue();
        assertThat(status(fine)).isEqualTo("COMPLETED");
    }

    @Test
    void aProfileCannotSeeAnotherProfilesReport() {
        client.signIn();
        String reportId = client.createdReportId(GB, TODAY.minusDays(1), TODAY.minusDays(1));

        HttpResponse<String> response = client.report(SandboxAccounts.PROFILE_US, reportId);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").stringValue()).isEqualTo("404");
    }

    @Test
    void statusMovesOnItsOwnWithTheRealClock() throws InterruptedException {
        try (AdsSandbox fast = AdsSandbox.start(SandboxOptions.defaults().withReportDelay(Duration.ofMillis(300)))) {
            SandboxClient fastClient = new SandboxClient(fast);
            fastClient.signIn();
            LocalDate yesterday = LocalDate.now(SandboxAccounts.profile(GB).orElseThrow().zone()).minusDays(1);
            JsonNode created = json(fastClient.createReport(GB, yesterday, yesterday));
            String reportId = created.path("reportId").stringValue();

            List<String> seen = new ArrayList<>(List.of(created.path("status").stringValue()));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!seen.get(seen.size() - 1).equals("COMPLETED") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                String status = json(fastClient.report(GB, reportId)).path("status").stringValue();
                if (!status.equals(seen.get(seen.size() - 1))) {
                    seen.add(status);
                }
            }

            assertThat(seen.get(0)).isEqualTo("PENDING");
            assertThat(seen).endsWith("COMPLETED").isSubsetOf("PENDING", "PROCESSING", "COMPLETED");
            HttpResponse<byte[]> download = fastClient.download(fastClient.downloadUrl(GB, reportId));
            assertThat(SandboxClient.gunzipRows(download.body())).isNotEmpty();
        }
    }

    private String status(String reportId) {
        return json(client.report(GB, reportId)).path("status").stringValue();
    }
}
