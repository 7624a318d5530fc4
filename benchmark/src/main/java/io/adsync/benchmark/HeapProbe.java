package io.adsync.benchmark;

import java.nio.file.Path;

import io.adsync.jobs.load.ReportRow;
import io.adsync.report.ReportCatalog;
import io.adsync.sandbox.SandboxAccounts;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Child JVM of the heap figure: loads one report through the real step into the empty table and,
 * just before {@value #SAMPLES} evenly spread chunks are written (when a chunk and the rows parsed
 * ahead of it are all in memory), measures the {@link LiveHeap live heap}. The peak is what the load
 * holds, not garbage waiting for a collection, and every report size gets as many samples. Prints
 * one line: {@code heap <peak bytes> <baseline bytes> <load millis>}.
 *
 * <p>Arguments: database URL, user, report file, rows, report type. The password comes from
 * {@code BENCHMARK_POSTGRES_PASSWORD}.
 */
public final class HeapProbe {

    static final int SAMPLES = 100;
    static final String RESULT_PREFIX = "heap ";

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        GeneratedReport report = new GeneratedReport(ReportCatalog.of(args[4]), Path.of(args[2]), null,
                Long.parseLong(args[3]), 0, 0);
        try (ConfigurableApplicationContext context = LoadApplication.start(url, user,
                System.getenv().getOrDefault("BENCHMARK_POSTGRES_PASSWORD", ""))) {
            JdbcClient.create(context.getBean(javax.sql.DataSource.class))
                    .sql("truncate " + report.type().table()).update();
            CollectLoad load = new CollectLoad(context);
            long chunks = (report.rows() + load.chunkSize() - 1) / load.chunkSize();
            long every = Math.max(1, chunks / SAMPLES);
            LiveHeap heap = new LiveHeap();
            long baseline = heap.measure();
            long[] peak = {baseline};
            long millis = load.load(report, BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB,
                    new ItemWriteListener<>() {
                        private long chunk;

                        @Override
                        public void beforeWrite(Chunk<? extends ReportRow> items) {
                            if (chunk++ % every == 0) {
                                try {
                                    peak[0] = Math.max(peak[0], heap.measure());
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new IllegalStateException("interrupted while measuring the heap", e);
                                }
                            }
                        }
                    }).toMillis();
            System.out.println(RESULT_PREFIX + peak[0] + " " + baseline + " " + millis);
        }
    }
}
