package io.adsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DownloadTest {

    private static final long GB = SandboxAccounts.PROFILE_GB;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Duration DELAY = Duration.ofSeconds(30);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-10T12:00:00Z"));
    private final AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults().withClock(clock)
            .withReportDelay(DELAY).withDownloadUrlTtl(Duration.ofMinutes(5)));
    private final SandboxClient client = new SandboxClient(sandbox);

    @BeforeEach
    void signIn() {
        client.signIn();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void urlStopsWorkingWhenItExpiresAndAFreshOneWorksAgain() {
        String reportId = completedReport(TODAY.minusDays(1));
        String url = client.downloadUrl(GB, reportId);
        clock.advance(Duration.ofMinutes(5));

        HttpResponse<byte[]> expired = client.download(url);

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(new String(expired.body(), StandardCharsets.UTF_8))
                .contains("<Code>AccessDenied</Code>", "<Message>Request has expired</Message>");
        assertThat(client.download(client.downloadUrl(GB, reportId)).statusCode()).isEqualTo(200);
    }

    @Test
    void injectedExpiryHandsOutUrlsThatAreAlreadyExpired() {
        String reportId = completedReport(TODAY.minusDays(1));
        sandbox.faults().expireNextDownloads(1);

        assertThat(client.download(client.downloadUrl(GB, reportId)).statusCode()).isEqualTo(403);
        assertThat(client.download(client.downloadUrl(GB, reportId)).statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().downloads()).isEqualTo(2);
    }

    @Test
    void tamperedUrlIsDenied() {
        String url = client.downloadUrl(GB, completedReport(TODAY.minusDays(1)));
        long expires = Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1"));

        HttpResponse<byte[]> longer = client.download(url.replace("expires=" + expires,
                "expires=" + (expires + 86_400)));

        assertThat(longer.statusCode()).isEqualTo(403);
        assertThat(new String(longer.body(), StandardCharsets.UTF_8)).contains("<Code>AccessDenied</Code>");
        HttpResponse<byte[]> otherReport = client.download(url.replaceFirst("/download/[^?]+",
                "/download/" + completedReport(TODAY.minusDays(2))));
        assertThat(otherReport.statusCode()).isEqualTo(403);
    }

    @Test
    void downloadIsStreamedWithoutAContentLength() {
        HttpResponse<byte[]> download = client.download(client.downloadUrl(GB, completedReport(TODAY.minusDays(1))));

        assertThat(download.headers().firstValue("Content-Length")).isEmpty();
        assertThat(download.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/x-gzip");
    }

    @Test
    void truncatedDownloadEndsInTheMiddleOfTheGzipStream() throws Exception {
        String reportId = completedReport(TODAY.minusDays(7), TODAY.minusDays(1));
        sandbox.faults().truncateNextDownloads(1);

        byte[] truncated = client.download(client.downloadUrl(GB, reportId)).body();
        byte[] complete = client.download(client.downloadUrl(GB, reportId)).body();

        assertThat(truncated.length).isLessThan(complete.length).isGreaterThan(complete.length / 5);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(truncated))) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class)
                    .hasMessage("Unexpected end of ZLIB input stream");
        }
        assertThat(SandboxClient.gunzipRows(complete)).isNotEmpty();
    }

    @Test
    void malformedRowsAreAddedToTheNextReportOnly() {
        sandbox.faults().malformedRowsInNextReports(1);
        String malformed = completedReport(TODAY.minusDays(2));
        String clean = completedReport(TODAY.minusDays(1));

        List<Map<String, Object>> rows = rows(malformed);

        List<Map<String, Object>> generated = sandbox.data().rows(GB, TODAY.minusDays(2), TODAY);
        assertThat(rows).hasSize(generated.size() + 2).containsAll(generated);
        assertThat(rows).filteredOn(row -> "abc".equals(row.get("cost"))).hasSize(1);
        assertThat(rows).filteredOn(row -> !row.containsKey("campaignId")).hasSize(1);
        assertThat(rows(clean)).isEqualTo(sandbox.data().rows(GB, TODAY.minusDays(1), TODAY));
    }

    private List<Map<String, Object>> rows(String reportId) {
        return SandboxClient.gunzipRows(client.download(client.downloadUrl(GB, reportId)).body());
    }

    private String completedReport(LocalDate day) {
        return completedReport(day, day);
    }

    private String completedReport(LocalDate start, LocalDate end) {
        String reportId = client.createdReportId(GB, start, end);
        clock.advance(DELAY);
        return reportId;
    }
}
