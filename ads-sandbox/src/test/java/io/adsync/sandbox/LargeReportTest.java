package io.adsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

class LargeReportTest {

    private static final long GB = SandboxAccounts.PROFILE_GB;

    /** 31 days x 8,100 campaigns x about 80% active: some 200,000 rows, a few hundred MB of JSON. */
    @Test
    void rangeReportOfTwoHundredThousandRowsIsStreamed() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-10T12:00:00Z"));
        LocalDate today = LocalDate.of(2026, 3, 10);
        try (AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults().withClock(clock)
                .withCampaignsPerProfile(8_100).withReportDelay(Duration.ofSeconds(1)))) {
            SandboxClient client = new SandboxClient(sandbox);
            client.signIn();
            String reportId = client.createdReportId(GB, today.minusDays(31), today.minusDays(1));
            clock.advance(Duration.ofSeconds(1));

            HttpResponse<InputStream> download = client.downloadStream(client.downloadUrl(GB, reportId));

            long rows = 0;
            try (InputStream gzip = new GZIPInputStream(download.body(), 64 * 1024);
                 JsonParser parser = SandboxClient.JSON.createParser(gzip)) {
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    rows++;
                }
            }
            assertThat(rows).isGreaterThan(190_000)
                    .isEqualTo(sandbox.data().countRows(GB, today.minusDays(31), today.minusDays(1), today));
        }
    }
}
