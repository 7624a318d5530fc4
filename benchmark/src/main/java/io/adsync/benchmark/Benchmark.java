package io.adsync.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.SandboxAccounts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load and backfill benchmark of the README's Performance section. One run against one
 * PostgreSQL: for spCampaigns and then spSearchTerm, generates the report, times the collect load (empty table, then full table: every row
 * a conflict) and a raw COPY of the same rows (the ceiling), alternating for a few rounds after a
 * warm-up load, then (spCampaigns) a per-row upsert loader; measures the load's peak heap at two report sizes in
 * child JVMs; and compares the backfill job's report requests and wall time with a
 * one-report-per-day loader on the sandbox. The figures and the target checks are printed last; the
 * exit code is 1 if a target is missed.
 */
public final class Benchmark {

    /** The largest report type: the second benchmark report. */
    private static final String SEARCH_TERMS = "spSearchTerm";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        Path directory = Files.createTempDirectory("adsync-benchmark");
        Figures figures;
        try (BenchmarkDatabase database = BenchmarkDatabase.create(options)) {
            figures = run(database, options, directory);
        } finally {
            deleteRecursively(directory);
        }
        System.out.println(figures.render());
        System.exit(figures.allTargetsMet() ? 0 : 1);
    }

    private static Figures run(BenchmarkDatabase database, BenchmarkOptions options, Path directory)
            throws Exception {
        List<TypeFigures> types = new ArrayList<>();
        Duration naive = null;
        for (ReportDefinition type : List.of(ReportCatalog.spCampaigns(), ReportCatalog.of(SEARCH_TERMS))) {
            progress(type.reportTypeId() + ": database " + database.name() + "; generating reports of "
                    + options.rows() + " rows" + (options.heapRows().isEmpty() ? "" : " and " + options.heapRows())
                    + " in " + directory);
            ReportGenerator generator = new ReportGenerator(type, BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB);
            Map<Integer, GeneratedReport> reports = new LinkedHashMap<>();
            reports.put(options.rows(), generator.generate(options.rows(), directory));
            for (int rows : options.heapRows()) {
                reports.computeIfAbsent(rows, size -> generator.generate(size, directory));
            }
            boolean campaigns = type.reportTypeId().equals(ReportCatalog.SP_CAMPAIGNS);
            types.add(loads(database, options, reports, campaigns ? Figures.MIN_LOAD_TO_COPY
                    : Figures.MIN_SEARCH_TERM_LOAD_TO_COPY));
            if (campaigns) {
                GeneratedReport report = reports.get(options.rows());
                for (int round = 1; round <= options.rounds(); round++) {
                    emptyTable(database);
                    progress("round " + round + ": per-row INSERT ... ON CONFLICT into the empty table");
                    naive = best(naive, NaiveLoader.load(database, report));
                }
            }
            for (GeneratedReport report : reports.values()) {
                Files.deleteIfExists(report.gzipJson());
                Files.deleteIfExists(report.copyText());
            }
        }

        progress("backfill of " + options.backfillDays() + " days against the sandbox (report delay "
                + options.reportDelay().toSeconds() + " s) next to a one-report-per-day loader");
        emptyTable(database);
        BackfillEfficiency.Comparison backfill = BackfillEfficiency.measure(database, options);

        return new Figures(Machine.describe(database), options.rounds(), types, naive, backfill);
    }

    /**
     * One type's loads: after a warm-up, rounds of the raw COPY and the collect load into the empty
     * table, then into the full one; then the peak heap of each size in a child JVM.
     */
    private static TypeFigures loads(BenchmarkDatabase database, BenchmarkOptions options,
                                     Map<Integer, GeneratedReport> reports, double minLoadToCopy) throws Exception {
        GeneratedReport report = reports.get(options.rows());
        String type = report.type().reportTypeId();
        Duration loadEmpty = null;
        Duration loadFull = null;
        Duration copy = null;
        try (ConfigurableApplicationContext context = LoadApplication.start(database.url(), options.postgresUser(),
                options.postgresPassword())) {
            CollectLoad load = new CollectLoad(context);
            GeneratedReport warmUp = reports.get(options.heapRows().isEmpty() ? options.rows()
                    : options.heapRows().get(0));
            progress(type + " warm-up: collect load of " + warmUp.rows() + " rows (not timed)");
            emptyTable(database);
            load.load(warmUp, BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB);
            for (int round = 1; round <= options.rounds(); round++) {
                emptyTable(database);
                progress(type + " round " + round + ": raw COPY into the empty table");
                copy = best(copy, RawCopy.copy(database, report));
                emptyTable(database);
                progress(type + " round " + round + ": collect load into the empty table");
                loadEmpty = best(loadEmpty, load.load(report, BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB));
                // no checkpoint: the table is as the previous load left it, as it is when Amazon restates days
                progress(type + " round " + round + ": collect load into the full table (every row a conflict)");
                loadFull = best(loadFull, load.load(report, BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB));
            }
        }
        List<HeapMeasurement.Result> heap = new ArrayList<>();
        for (int rows : options.heapRows()) {
            progress(type + ": peak heap of the load of " + rows + " rows (child JVM " + HeapMeasurement.CHILD_HEAP
                    + ")");
            heap.add(HeapMeasurement.measure(database, options, reports.get(rows)));
        }
        return new TypeFigures(report, loadEmpty, loadFull, copy, heap, minLoadToCopy);
    }

    /** Other work on the machine only ever slows a run down: the fastest of the rounds is the figure. */
    private static Duration best(Duration so, Duration measured) {
        return so == null || measured.compareTo(so) < 0 ? measured : so;
    }

    /**
     * Every timed phase starts on an empty table, with no day covered (a backfill would skip the
     * loads' days) and no checkpoint of an earlier phase pending.
     */
    private static void emptyTable(BenchmarkDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("truncate report_coverage, " + String.join(", ",
                    ReportCatalog.all().stream().map(ReportDefinition::table).toList()));
        }
        checkpoint(database);
    }

    private static void checkpoint(BenchmarkDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    static void progress(String message) {
        System.err.println("[benchmark] " + message);
    }

    private static void deleteRecursively(Path directory) throws Exception {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
