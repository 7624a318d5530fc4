package io.adsync.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measured figures, their ratios and the issues' targets, rendered as the run's last lines: per
 * report type (spCampaigns, and the largest, spSearchTerm), the per-row loader on spCampaigns, and
 * the backfill.
 */
record Figures(Machine machine, int rounds, List<TypeFigures> types, Duration naive,
               BackfillEfficiency.Comparison backfill) {

    static final double MIN_LOAD_TO_COPY = 0.6;
    static final double MIN_SEARCH_TERM_LOAD_TO_COPY = 0.75;
    static final double MIN_LOAD_TO_NAIVE = 5;
    static final double MAX_HEAP_GROWTH = 1.5;
    static final int MAX_BACKFILL_REQUESTS = 4;

    record Check(String target, String measured, boolean met) {
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (TypeFigures type : types) {
            double emptyToCopy = type.rate(type.loadEmpty()) / type.rate(type.copy());
            double fullToCopy = type.rate(type.loadFull()) / type.rate(type.copy());
            checks.add(new Check(type.reportType() + " load / COPY, empty table >= " + type.minLoadToCopy(),
                    format("%.2f", emptyToCopy), emptyToCopy >= type.minLoadToCopy()));
            checks.add(new Check(type.reportType() + " load / COPY, full table  >= " + type.minLoadToCopy(),
                    format("%.2f", fullToCopy), fullToCopy >= type.minLoadToCopy()));
            if (type.heap().size() >= 2) {
                HeapMeasurement.Result small = type.heap().get(0);
                HeapMeasurement.Result large = type.heap().get(type.heap().size() - 1);
                double growth = (double) large.peakBytes() / small.peakBytes();
                checks.add(new Check(type.reportType() + " peak heap " + rowsLabel(large.rows()) + " / "
                        + rowsLabel(small.rows()) + " <= " + MAX_HEAP_GROWTH, format("%.2f", growth),
                        growth <= MAX_HEAP_GROWTH));
            }
        }
        TypeFigures campaigns = types.get(0);
        double toNaive = campaigns.rate(campaigns.loadEmpty()) / campaigns.rate(naive);
        checks.add(new Check(campaigns.reportType() + " load / per-row loader >= " + (int) MIN_LOAD_TO_NAIVE,
                format("%.1f", toNaive), toNaive >= MIN_LOAD_TO_NAIVE));
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
        for (TypeFigures type : types) {
            GeneratedReport report = type.report();
            line(out, "");
            line(out, format("report: %,d rows of %s, all %d columns of its definition; %.0f MB JSON, %.0f MB gzip",
                    report.rows(), type.reportType(), report.type().columns().size(), report.jsonBytes() / 1e6,
                    report.gzipBytes() / 1e6));
            line(out, format("%-56s %10s %12s", "load of " + rowsLabel(report.rows()) + " rows (best of " + rounds
                    + ", after a warm-up)", "seconds", "rows/s"));
            row(out, type, "collect load, empty table (gunzip+parse+map+upsert)", type.loadEmpty());
            row(out, type, "collect load, full table (every row an update)", type.loadFull());
            row(out, type, "raw COPY from memory, empty table (ceiling)", type.copy());
            if (type == types.get(0)) {
                row(out, type, "per-row INSERT ... ON CONFLICT, one transaction", naive);
            }
            if (!type.heap().isEmpty()) {
                line(out, format("%-56s %10s %12s", "peak live heap of the load (child JVM -Xmx1g)", "MB",
                        "baseline MB"));
                for (HeapMeasurement.Result result : type.heap()) {
                    line(out, format("%-56s %10.1f %12.1f", rowsLabel(result.rows()) + " rows",
                            result.peakBytes() / 1e6, result.baselineBytes() / 1e6));
                }
            }
        }
        line(out, "");
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
            line(out, format("  %-4s %-56s measured %s", check.met() ? "PASS" : "FAIL", check.target(),
                    check.measured()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, TypeFigures type, String label, Duration elapsed) {
        line(out, format("%-56s %10.2f %,12.0f", label, elapsed.toMillis() / 1e3, type.rate(elapsed)));
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
