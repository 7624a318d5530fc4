package io.adsync.benchmark;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ReportColumn;

/**
 * What a naive loader does: one prepared {@code INSERT ... ON CONFLICT} per row, all in one
 * transaction. It gets the rows already typed (no gunzip, no JSON): only the statements and the
 * commit are timed, which flatters it.
 */
final class NaiveLoader {

    private static final int BATCH = 10_000;

    private NaiveLoader() {
    }

    static Duration load(BenchmarkDatabase database, GeneratedReport report) throws Exception {
        long timed = 0;
        long rows = 0;
        try (Connection connection = database.connect();
             BufferedReader lines = Files.newBufferedReader(report.copyText(), StandardCharsets.UTF_8);
             PreparedStatement upsert = connection.prepareStatement(TableColumns.of(report.type()).upsertOneRow())) {
            connection.setAutoCommit(false);
            List<Object[]> batch = new ArrayList<>(BATCH);
            String line = lines.readLine();
            while (line != null) {
                batch.clear();
                while (line != null && batch.size() < BATCH) {
                    batch.add(typed(line, report.type().columns()));
                    line = lines.readLine();
                }
                long started = System.nanoTime();
                for (Object[] row : batch) {
                    for (int i = 0; i < row.length; i++) {
                        upsert.setObject(i + 1, row[i]);
                    }
                    rows += upsert.executeUpdate();
                }
                timed += System.nanoTime() - started;
            }
            long started = System.nanoTime();
            connection.commit();
            timed += System.nanoTime() - started;
        }
        if (rows != report.rows()) {
            throw new IllegalStateException("the per-row loader stored " + rows + " rows, the report has "
                    + report.rows());
        }
        return Duration.ofNanos(timed);
    }

    /** A COPY text line back into the values a loader binds: org, profile, the type's columns, extra. */
    private static Object[] typed(String line, List<ReportColumn> columns) {
        String[] fields = line.split("\t", -1);
        Object[] values = new Object[fields.length];
        values[0] = Long.parseLong(fields[0]);
        values[1] = Long.parseLong(fields[1]);
        for (int i = 0; i < columns.size(); i++) {
            String text = unescape(fields[i + 2]);
            values[i + 2] = text == null ? null : switch (columns.get(i).type()) {
                case DATE -> LocalDate.parse(text);
                case ID, COUNT -> Long.parseLong(text);
                case DECIMAL -> new BigDecimal(text);
                case TEXT -> text;
            };
        }
        values[values.length - 1] = unescape(fields[fields.length - 1]);
        return values;
    }

    private static String unescape(String field) {
        if (field.equals("\\N")) {
            return null;
        }
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
