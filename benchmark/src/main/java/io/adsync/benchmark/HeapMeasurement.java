package io.adsync.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link HeapProbe} in a fresh JVM with a generous {@code -Xmx}, so the figure is the load's
 * own peak (no generated files or earlier runs in the heap) and a growing load would show instead
 * of failing.
 */
final class HeapMeasurement {

    static final String CHILD_HEAP = "-Xmx1g";

    private HeapMeasurement() {
    }

    /** @param peakBytes live heap at its highest during the load; baselineBytes after start-up, before it */
    record Result(long rows, long peakBytes, long baselineBytes, long loadMillis) {
    }

    static Result measure(BenchmarkDatabase database, BenchmarkOptions options, GeneratedReport report)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), CHILD_HEAP,
                "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
                database.url(), options.postgresUser(), report.gzipJson().toString(), Long.toString(report.rows()),
                report.type().reportTypeId()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(HeapProbe.RESULT_PREFIX)) {
                    result = line;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the heap probe for " + report.rows() + " rows failed (exit " + exit + ")");
        }
        String[] figures = result.substring(HeapProbe.RESULT_PREFIX.length()).split(" ");
        return new Result(report.rows(), Long.parseLong(figures[0]), Long.parseLong(figures[1]),
                Long.parseLong(figures[2]));
    }
}
