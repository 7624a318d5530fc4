package io.adsync.jobs.load;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.report.ReportDefinition;
import org.springframework.batch.infrastructure.item.json.JsonItemReader;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the rows of one report, one JSON object at a time: memory stays flat whatever the report
 * size. Restartable: the read count is saved with every chunk, and a restart downloads again and
 * skips what was already committed. The download is gunzipped and parsed two chunks ahead of the
 * step, on a thread of its own ({@link ReadAheadRowReader}).
 */
public final class ReportRowsReader {

    static final String NAME = "reportRows";
    /** where {@link JsonItemReader} keeps its position in the step's execution context */
    static final String READ_COUNT_KEY = NAME + ".read.count";

    /**
     * Money kept as JSON ({@code extra}) stays exact: BigDecimal, never double. Trailing-token
     * checks are off because the reader pulls one object at a time out of the array.
     */
    static final JsonMapper ROW_MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ReportRowsReader() {
    }

    /** @param chunkSize rows the step reads before it writes them: two chunks are parsed ahead */
    public static JsonItemReader<ReportRow> of(AmazonAdsClient client, AdsCredentials credentials,
                                               ReportDefinition definition, String reportId, int chunkSize) {
        return of(new ReportDownload(client, credentials, reportId), definition, chunkSize);
    }

    public static JsonItemReader<ReportRow> of(Resource rows, ReportDefinition definition, int chunkSize) {
        JsonItemReader<ReportRow> reader = new JsonItemReader<>(rows,
                new ReadAheadRowReader(ROW_MAPPER, definition, chunkSize));
        reader.setName(NAME);
        return reader;
    }
}
