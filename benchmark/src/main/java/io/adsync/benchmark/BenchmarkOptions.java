package io.adsync.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, from {@code -Dbenchmark.*} system properties (the module's pom
 * passes its defaults).
 *
 * @param rows          rows of the generated report for the throughput figures
 * @param rounds        times the load and COPY figures are measured, alternating; the best counts
 * @param heapRows      report sizes whose peak heap is compared (the last against the first)
 * @param reportDelay   how long the sandbox takes to generate a report
 * @param pollInterval  how often the backfill job and the per-day loader poll report status
 * @param backfillDays  days the backfill fetches
 * @param inFlight      reports in flight: the backfill's {@code batch} and the per-day loader's
 * @param postgresUrl   JDBC URL of a database on the server the benchmark database is created on
 * @param postgresUser  a user allowed to create databases
 * @param postgresPassword its password ({@code BENCHMARK_POSTGRES_PASSWORD}, empty for trust auth)
 */
record BenchmarkOptions(int rows, int rounds, List<Integer> heapRows, Duration reportDelay, Duration pollInterval,
                        int backfillDays, int inFlight, String postgresUrl, String postgresUser,
                        String postgresPassword) {

    static BenchmarkOptions fromSystemProperties() {
        return new BenchmarkOptions(
                Integer.parseInt(property("benchmark.rows", "1000000")),
                Integer.parseInt(property("benchmark.rounds", "2")),
                Arrays.stream(property("benchmark.heap-rows", "100000,1000000").split(","))
                        .map(String::strip).map(Integer::parseInt).toList(),
                duration(property("benchmark.report-delay", "20s")),
                duration(property("benchmark.poll-interval", "5s")),
                Integer.parseInt(property("benchmark.backfill-days", "95")),
                Integer.parseInt(property("benchmark.in-flight", "5")),
                property("benchmark.postgres-url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                property("benchmark.postgres-user", "postgres"),
                System.getenv().getOrDefault("BENCHMARK_POSTGRES_PASSWORD", ""));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** "20s", "500ms", "2m" or ISO-8601 ("PT20S"). */
    static Duration duration(String text) {
        String value = text.toLowerCase();
        if (value.startsWith("pt")) {
            return Duration.parse(text);
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("not a duration: " + text + " (use 20s, 500ms, 2m)");
        };
    }
}
