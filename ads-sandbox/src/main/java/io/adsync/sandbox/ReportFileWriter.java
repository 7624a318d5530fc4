package io.adsync.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a report's file, a gzip'd JSON array of rows, while generating it: one row at a time from
 * {@link SandboxData} through a JSON generator and a gzip stream straight into the response, so a report of any size
 * costs the memory of one row.
 */
final class ReportFileWriter {

    private final SandboxData data;

    ReportFileWriter(SandboxData data) {
        this.data = data;
    }

    /**
     * Writes the rows of every date of the report in order. A report marked malformed also gets a row whose cost is
     * "abc" (first) and a row without campaignId (last).
     *
     * @param asOf     the day the report was generated; restated values are as of then
     * @param truncate stop about halfway and leave the gzip stream unfinished, as a dropped connection would
     */
    void write(SandboxReport report, LocalDate asOf, OutputStream out, boolean truncate) throws IOException {
        long profileId = report.profileId();
        ReportRequest request = report.request();
        long stopAfter = truncate
                ? Math.max(1, data.countRows(profileId, request.startDate(), request.endDate(), asOf) / 2)
                : Long.MAX_VALUE;
        GZIPOutputStream gzip = new FastGzipOutputStream(out);
        JsonGenerator json = SandboxHttp.MAPPER.createGenerator(gzip);
        RowSink sink = new RowSink(json, request.columns(), stopAfter);
        SandboxReportType type = request.type();
        // the malformed rows copy the first campaign's row of the first day: a client that skips them loses nothing
        Map<String, Object> malformedBase = report.malformed()
                ? data.activeRow(profileId, data.campaigns(profileId).get(0), request.startDate(), asOf)
                : null;
        json.writeStartArray();
        if (malformedBase != null) {
            Map<String, Object> badCost = new LinkedHashMap<>(malformedBase);
            badCost.put("cost", "abc");
            sink.accept(badCost);
        }
        for (LocalDate date = request.startDate(); !date.isAfter(request.endDate()); date = date.plusDays(1)) {
            for (SandboxCampaign campaign : data.campaigns(profileId, type)) {
                for (Map<String, Object> row : data.rows(profileId, type, campaign, date, asOf)) {
                    if (!sink.accept(row)) {
                        cutOff(json, gzip);
                        return;
                    }
                }
            }
        }
        if (malformedBase != null) {
            Map<String, Object> noCampaign = new LinkedHashMap<>(malformedBase);
            noCampaign.remove("campaignId");
            sink.accept(noCampaign);
        }
        json.writeEndArray();
        json.close(); // finishes the gzip trailer and closes the response body
    }

    /** Flushes what was compressed so far and stops: the client gets a gzip stream without its end. */
    private static void cutOff(JsonGenerator json, GZIPOutputStream gzip) throws IOException {
        json.flush();
        gzip.flush();
    }

    /** Writes rows keeping only the requested columns (and the extra key Amazon adds), until the cut-off. */
    private static final class RowSink {
        private final JsonGenerator json;
        private final Set<String> keep;
        private final long stopAfter;
        private long written;

        RowSink(JsonGenerator json, List<String> columns, long stopAfter) {
            this.json = json;
            this.keep = new HashSet<>(columns);
            keep.add(SpCampaignsColumns.TARGETING_TYPE);
            this.stopAfter = stopAfter;
        }

        /** Writes the row; false once the cut-off is reached and nothing more may be written. */
        boolean accept(Map<String, Object> row) {
            if (written >= stopAfter) {
                return false;
            }
            json.writeStartObject();
            for (Map.Entry<String, Object> entry : row.entrySet()) {
                if (keep.contains(entry.getKey())) {
                    json.writeName(entry.getKey());
                    writeValue(entry.getValue());
                }
            }
            json.writeEndObject();
            written++;
            return true;
        }

        /** The few types a row holds, written directly: the databind layer would cost a third of the CPU here. */
        private void writeValue(Object value) {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof String text) {
                json.writeString(text);
            } else if (value instanceof Long number) {
                json.writeNumber(number);
            } else if (value instanceof BigDecimal decimal) {
                json.writeNumber(decimal);
            } else {
                json.writePOJO(value);
            }
        }
    }

    /**
     * Fastest compression: the sandbox spends its CPU on generating rows, not on saving loopback bandwidth. Sync
     * flush lets a cut-off hand over everything compressed so far.
     */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 64 * 1024, true);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
