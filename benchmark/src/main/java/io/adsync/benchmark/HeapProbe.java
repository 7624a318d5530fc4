package io.adsync.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.adsync.sandbox.SandboxAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Child JVM of the heap figure: loads one report through the real step into the empty table while a
 * sampler forces a full GC every {@value #SAMPLE_MILLIS} ms and records the heap still in use after
 * it, so the peak is what the load holds, not garbage waiting for a collection. Prints one line:
 * {@code heap <peak bytes> <baseline bytes> <load millis>}.
 *
 * <p>Arguments: database URL, user, report file, rows. The password comes from
 * {@code BENCHMARK_POSTGRES_PASSWORD}.
 */
public final class HeapProbe {

    static final int SAMPLE_MILLIS = 200;
    static final String RESULT_PREFIX = "heap ";

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        GeneratedReport report = new GeneratedReport(Path.of(args[2]), null, Long.parseLong(args[3]), 0, 0);
        try (ConfigurableApplicationContext context = LoadApplication.start(url, user,
                System.getenv().getOrDefault("BENCHMARK_POSTGRES_PASSWORD", ""))) {
            JdbcClient.create(context.getBean(javax.sql.DataSource.class))
                    .sql("truncate " + TableColumns.TABLE).update();
            CollectLoad load = new CollectLoad(context);
            long baseline = liveHeap();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean loading = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (loading.get()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    try {
                        Thread.sleep(SAMPLE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long millis = load.load(report, BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB).toMillis();
            loading.set(false);
            sampler.join();
            System.out.println(RESULT_PREFIX + peak.get() + " " + baseline + " " + millis);
        }
    }

    /**
     * The heap in use right after a full collection. Read from the pools' after-collection usage:
     * the current usage would include whatever was allocated since, had the collection been
     * coalesced with one already running.
     */
    private static long liveHeap() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }
}
