package io.adsync.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRegion;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.ads.CreatedReport;
import io.adsync.ads.ReportStatus;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.backfill.BackfillResult;
import io.adsync.jobs.backfill.BackfillResults;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.load.ReportRow;
import io.adsync.jobs.load.ReportRowsReader;
import io.adsync.jobs.load.ReportUpsertWriter;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxOptions;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.json.JsonItemReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Report requests and wall time to fill {@code days} days: the backfill job (ranges of up to 31 days,
 * {@code inFlight} reports at a time) against a loader asking for one report per day with as many in
 * flight, side by side on the sandbox with a realistic report generation time (two profiles, so
 * neither eats the other's rate limit; two orgs, so neither sees the other's rows).
 */
final class BackfillEfficiency {

    private static final ReportDefinition SP_CAMPAIGNS = ReportCatalog.spCampaigns();

    static final long PER_DAY_ORG_ID = 2;

    /** @param requests report requests that reached the sandbox; days the days loaded */
    record Result(long requests, int days, long rows, Duration wallTime) {
        double requestsPerDay() {
            return (double) requests / days;
        }
    }

    record Comparison(Result backfill, Result perDay, Duration reportDelay, int inFlight) {
    }

    private BackfillEfficiency() {
    }

    static Comparison measure(BenchmarkDatabase database, BenchmarkOptions options) throws Exception {
        SandboxOptions sandboxOptions = SandboxOptions.defaults().withReportDelay(options.reportDelay());
        try (AdsSandbox sandbox = AdsSandbox.start(sandboxOptions);
             ConfigurableApplicationContext context = JobsApplication.start(database.url(), options.postgresUser(),
                     options.postgresPassword(), sandbox.baseUrl(), options.pollInterval())) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("truncate " + SP_CAMPAIGNS.table()).update();
            jdbc.sql("insert into organizations (id, name) values (?, 'per-day loader') on conflict do nothing")
                    .param(PER_DAY_ORG_ID).update();
            context.getBean(SettingsStore.class).saveAmazonAds(BenchmarkSettings.ORG_ID, new AmazonAdsSettings(
                    SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN,
                    SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));

            ExecutorService runs = Executors.newFixedThreadPool(2);
            try {
                Future<Result> backfill = runs.submit(() -> backfill(context, sandbox, options));
                Future<Result> perDay = runs.submit(() -> new PerDayLoader(context, options).load(sandbox));
                return new Comparison(backfill.get(), perDay.get(), options.reportDelay(), options.inFlight());
            } finally {
                runs.shutdownNow();
            }
        }
    }

    private static Result backfill(ConfigurableApplicationContext context, AdsSandbox sandbox,
                                   BenchmarkOptions options) {
        AdsJobs jobs = context.getBean(AdsJobs.class);
        JobRunner runner = context.getBean(JobRunner.class);
        long started = System.nanoTime();
        JobExecution execution = runner.await(
                jobs.backfill(BenchmarkSettings.ORG_ID, SandboxAccounts.PROFILE_GB, ReportCatalog.SP_CAMPAIGNS,
                        options.backfillDays(), options.inFlight()),
                Duration.ofHours(2));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the backfill ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        BackfillResult.Summary summary = BackfillResult.Summary.of(context.getBean(BackfillResults.class)
                .of(execution));
        if (summary.fetched() != options.backfillDays()) {
            throw new IllegalStateException("the backfill fetched " + summary.fetched() + " of "
                    + options.backfillDays() + " days: " + summary);
        }
        return new Result(sandbox.stats().createReportCalls(SandboxAccounts.PROFILE_GB), summary.fetched(),
                summary.rows(), elapsed);
    }

    /**
     * The obvious loader: one report per day, {@code inFlight} at a time, each polled every
     * {@code pollInterval} (first right after the request, as the backfill job does), downloaded and
     * upserted with the job's own reader, mapper and writer.
     */
    private static final class PerDayLoader {

        private final AmazonAdsClient client;
        private final ReportUpsertWriter writer;
        private final TransactionTemplate transaction;
        private final BenchmarkOptions options;
        private final int chunkSize;
        private final AdsCredentials credentials = new AdsCredentials(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_US,
                AdsRegion.SANDBOX);

        PerDayLoader(ConfigurableApplicationContext context, BenchmarkOptions options) {
            this.client = context.getBean(AmazonAdsClient.class);
            this.writer = new ReportUpsertWriter(context.getBean(DataSource.class), SP_CAMPAIGNS,
                    context.getBean(PendingReportRepository.class), PER_DAY_ORG_ID, SandboxAccounts.PROFILE_US, null);
            this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            this.options = options;
            this.chunkSize = context.getBean(JobsProperties.class).chunkSize();
        }

        Result load(AdsSandbox sandbox) throws Exception {
            LocalDate today = LocalDate.now(ZoneId.of(client.profile(credentials).timezone()));
            ExecutorService inFlight = Executors.newFixedThreadPool(options.inFlight());
            long started = System.nanoTime();
            try {
                List<Future<Long>> days = new ArrayList<>();
                for (int age = options.backfillDays(); age >= 1; age--) {
                    LocalDate day = today.minusDays(age);
                    days.add(inFlight.submit(() -> loadDay(day)));
                }
                long rows = 0;
                for (Future<Long> day : days) {
                    rows += day.get();
                }
                return new Result(sandbox.stats().createReportCalls(SandboxAccounts.PROFILE_US), days.size(), rows,
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                inFlight.shutdownNow();
            }
        }

        private long loadDay(LocalDate day) throws Exception {
            CreatedReport created = client.createReport(credentials, SP_CAMPAIGNS, day, day);
            while (true) {
                ReportStatus status = client.report(credentials, created.reportId());
                if (status.status() == ReportStatus.Status.COMPLETED) {
                    break;
                }
                if (status.status() == ReportStatus.Status.FAILED) {
                    throw new IllegalStateException("report of " + day + " failed: " + status.failureReason());
                }
                Thread.sleep(options.pollInterval().toMillis());
            }
            JsonItemReader<ReportRow> reader = ReportRowsReader.of(client, credentials, SP_CAMPAIGNS,
                    created.reportId(), chunkSize);
            reader.open(new ExecutionContext());
            try {
                Chunk<ReportRow> rows = new Chunk<>();
                for (ReportRow row = reader.read(); row != null; row = reader.read()) {
                    rows.add(row);
                }
                transaction.executeWithoutResult(status -> {
                    try {
                        writer.write(rows);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                return rows.size();
            } finally {
                reader.close();
            }
        }
    }
}
