package io.adsync.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import io.adsync.report.ReportColumn;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxOptions;
import io.adsync.sandbox.SandboxReportType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a report of N rows with the sandbox's row generator: Amazon's realistic values (15-digit
 * ids, 2-decimal money, 4-decimal ratios, some nulls, shuffled key order, the extra key
 * {@code campaignTargetingType}), every column of the type, the rows of each campaign and day over the last
 * 95 days, as many campaigns as N needs.
 */
final class ReportGenerator {

    /** The sandbox leaves about one campaign in five without a row on a given day. */
    private static final double ACTIVE_SHARE = 0.8;
    private static final int DAYS = 95;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportDefinition type;
    private final SandboxReportType amazonType;
    private final long orgId;
    private final long profileId;

    ReportGenerator(ReportDefinition type, long orgId, long profileId) {
        this.type = type;
        this.amazonType = SandboxReportType.find(type.reportTypeId()).orElseThrow();
        this.orgId = orgId;
        this.profileId = profileId;
    }

    GeneratedReport generate(int rows, Path directory) {
        int campaigns = (int) Math.ceil(rows / (ACTIVE_SHARE * DAYS * rowsPerCampaignAndDay()) * 1.15);
        Path json = directory.resolve(type.reportTypeId() + "-" + rows + ".json.gz");
        Path copy = directory.resolve(type.reportTypeId() + "-" + rows + ".copy.txt");
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        CountingOutputStream jsonBytes;
        long written = 0;
        try (AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults().withCampaignsPerProfile(campaigns));
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16);
             OutputStream gzip = new FastGzipOutputStream(file);
             CountingOutputStream counting = new CountingOutputStream(gzip);
             JsonGenerator generator = JSON.createGenerator(counting);
             Writer copyWriter = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            jsonBytes = counting;
            generator.writeStartArray();
            StringBuilder line = new StringBuilder(1024);
            for (LocalDate date = asOf.minusDays(DAYS); date.isBefore(asOf) && written < rows;
                 date = date.plusDays(1)) {
                for (Map<String, Object> row : sandbox.data().rows(profileId, amazonType, date, asOf)) {
                    if (written == rows) {
                        break;
                    }
                    generator.writePOJO(row);
                    line.setLength(0);
                    copyLine(row, line);
                    copyWriter.append(line);
                    written++;
                }
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (written < rows) {
            throw new IllegalStateException("the generator gave only " + written + " rows, " + rows + " wanted");
        }
        try {
            return new GeneratedReport(type, json, copy, written, jsonBytes.count(), Files.size(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many rows of the type one active campaign has on a day (a search term report has several
     * per campaign), measured on a sample of the sandbox's campaigns.
     */
    private double rowsPerCampaignAndDay() {
        int sample = 200;
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        try (AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults().withCampaignsPerProfile(sample))) {
            long campaignRows = sandbox.data().rows(profileId, day, day.plusDays(10)).size();
            long typeRows = sandbox.data().rows(profileId, amazonType, day, day.plusDays(10)).size();
            return campaignRows == 0 ? 1 : Math.max(1.0, (double) typeRows / campaignRows);
        }
    }

    /** The row as the loader stores it: the type's columns in order, unknown keys as the {@code extra} object. */
    private void copyLine(Map<String, Object> row, StringBuilder out) {
        out.append(orgId).append('\t').append(profileId);
        for (ReportColumn column : type.columns()) {
            out.append('\t');
            copyValue(row.get(column.apiName()), out);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (type.indexOf(key) < 0) {
                extra.put(key, value);
            }
        });
        out.append('\t');
        copyValue(extra.isEmpty() ? null : JSON.writeValueAsString(extra), out);
        out.append('\n');
    }

    private static void copyValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }

    /** Generating a million rows at the default level takes longer than loading them; the reader does not care. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }
}
