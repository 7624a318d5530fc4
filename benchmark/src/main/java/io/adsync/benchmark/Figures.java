package io.adsync.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured figures, their ratios and the targets, rendered as the run's last lines. */
record Figures(Machine machine, GeneratedReport report, int rounds, Duration loadEmpty, Duration loadFull, Duration copy,
               Duration naive, List<HeapMeasurement.Result> heap, BackfillEfficiency.Comparison backfill) {

    static final double MIN_LOAD_TO_COPY = 0.6;
    static final double MIN_LOAD_TO_NAIVE = 5;
    static final double MAX_HEAP_GROWTH = 1.5;
    static final int MAX_BACKFILL_REQUESTS = 4;

    record Check(String target, String measured, boolean met) {
    }

    double rate(Duration elapsed) {
        return report.rows() / (elapsed.toNanos() / 1e9);
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        double emptyToCopy = rate(loadEmpty) / rate(copy);
        double fullToCopy = rate(loadFull) / rate(copy);
        double toNaive = rate(loadEmpty) / rate(naive);
        checks.add(new Check("load / COPY, empty table >= " + MIN_LOAD_TO_COPY, format("%.2f", emptyToCopy),
                emptyToCopy >= MIN_LOAD_TO_COPY));
        checks.add(new Check("load / COPY, full table  >= " + MIN_LOAD_TO_COPY, format("%.2f", fullToCopy),
                fullToCopy >= MIN_LOAD_TO_COPY));
        checks.add(new Check("load / per-row loader    >= " + (int) MIN_LOAD_TO_NAIVE, format("%.1f", toNaive),
                toNaive >= MIN_LOAD_TO_NAIVE));
        if (heap.size() >= 2) {
            HeapMeasurement.Result small = heap.get(0);
            HeapMeasurement.Result large = heap.get(heap.size() - 1);
            double growth = (double) large.peakBytes() / small.peakBytes();
            checks.add(new Check("peak heap " + rowsLabel(large.rows()) + " / " + rowsLabel(small.rows())
                    + " <= " + MAX_HEAP_GROWTH, format("%.2f", growth), growth <= MAX_HEAP_GROWTH));
        }
        BackfillEfficiency.Result filled = backfill.backfill();
        checks.add(new Check("report requests for a " + filled.days() + "-day backfill <= " + MAX_BACKFILL_REQUESTS,
                Long.toString(filled.requests()), filled.requests() <= MAX_BACKFILL_REQUESTS));
        return checks;
    }

    boolean allTargetsMet() {
        return checks().stream().allMatch(Check::met);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        line(out, "");
        line(out, "== Amazon Ads Sync load benchmark ==");
        line(out, "machine: " + machine);
        line(out, format("report: %,d rows of spCampaigns, all %d registry columns; %.0f MB JSON, %.0f MB gzip",
                report.rows(), io.adsync.report.ReportCatalog.spCampaigns().columns().size(), report.jsonBytes() / 1e6,
                report.gzipBytes() / 1e6));
        line(out, "");
        line(out, format("%-56s %10s %12s", "load of " + rowsLabel(report.rows()) + " rows (best of " + rounds
                + ", after a warm-up)", "seconds", "rows/s"));
        row(out, "collect load, empty table (gunzip+parse+map+upsert)", loadEmpty);
        row(out, "collect load, full table (every row an update)", loadFull);
        row(out, "raw COPY from memory, empty table (ceiling)", copy);
        row(out, "per-row INSERT ... ON CONFLICT, one transaction", naive);
        line(out, "");
        if (!heap.isEmpty()) {
            line(out, format("%-56s %10s %12s", "peak live heap of the load (child JVM -Xmx1g)", "MB", "baseline MB"));
            for (HeapMeasurement.Result result : heap) {
                line(out, format("%-56s %10.1f %12.1f", rowsLabel(result.rows()) + " rows", result.peakBytes() / 1e6,
                        result.baselineBytes() / 1e6));
            }
            line(out, "");
        }
        BackfillEfficiency.Result filled = backfill.backfill();
        BackfillEfficiency.Result perDay = backfill.perDay();
        line(out, format("%-56s %8s %8s %10s", "backfill of " + filled.days() + " days, report delay "
                + backfill.reportDelay().toSeconds() + " s", "requests", "per day", "wall s"));
        line(out, format("%-56s %8d %8.3f %10.1f", "backfill job (" + backfill.inFlight() + " in flight)",
                filled.requests(), filled.requestsPerDay(), filled.wallTime().toMillis() / 1e3));
        line(out, format("%-56s %8d %8.3f %10.1f", "one report per day, " + backfill.inFlight() + " in flight",
                perDay.requests(), perDay.requestsPerDay(), perDay.wallTime().toMillis() / 1e3));
        line(out, "");
        line(out, "targets:");
        for (Check check : checks()) {
            line(out, format("  %-4s %-48s measured %s", check.met() ? "PASS" : "FAIL", check.target(),
                    check.measured()));
        }
        return out.toString();
    }

    private void row(StringBuilder out, String label, Duration elapsed) {
        line(out, format("%-56s %10.2f %,12.0f", label, elapsed.toMillis() / 1e3, rate(elapsed)));
    }

    private static String rowsLabel(long rows) {
        return rows % 1_000_000 == 0 ? rows / 1_000_000 + "M" : rows % 1000 == 0 ? rows / 1000 + "k"
                : Long.toString(rows);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
