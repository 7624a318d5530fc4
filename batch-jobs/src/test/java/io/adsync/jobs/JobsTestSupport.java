package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.adsync.ads.AdsRegion;
import io.adsync.batchtest.BatchJobsTestApplication;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.profiles.AdsProfiles;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportColumn;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxOptions;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the real jobs against a fresh PostgreSQL database, the real job repository and the sandbox
 * over HTTP. Each test starts with empty application tables and no sandbox faults.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchJobsTestApplication.class, properties = {
        "spring.batch.job.enabled=false",
        "spring.batch.jdbc.initialize-schema=never",
        "adsync.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "adsync.jobs.scheduler.enabled=false",
        "adsync.jobs.poll-interval=300ms",
        "adsync.jobs.sync-timeout=20s",
        "adsync.jobs.chunk-size=50",
        "adsync.amazon.retry.max-attempts=3",
        "adsync.amazon.retry.initial-backoff=20ms",
        "adsync.amazon.retry.max-backoff=100ms",
        "adsync.sales.poll-interval=200ms",
        "adsync.sales.collect-for=20s",
        "adsync.sales.reload-after=0s",
        "adsync.sales.chunk-size=50"})
@ContextConfiguration(initializers = FreshDatabase.class)
public abstract class JobsTestSupport {

    protected static final long ORG = 1;
    protected static final long PROFILE = SandboxAccounts.PROFILE_GB;
    /** The default refresh window, and the reports of at most 31 days that cover it, newest first. */
    protected static final int REFRESH_DAYS = 60;
    protected static final int WINDOW_REPORTS = 2;

    /** How long the sandbox takes for a report, on {@link #CLOCK}. */
    protected static final Duration REPORT_DELAY = Duration.ofMillis(400);
    protected static final SandboxClock CLOCK = new SandboxClock();
    protected static final AdsSandbox SANDBOX = AdsSandbox.start(SandboxOptions.defaults()
            .withPort(0).withReportDelay(REPORT_DELAY).withClock(CLOCK));

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("adsync.amazon.sandbox-url", SANDBOX::baseUrl);
    }

    @Autowired
    protected AdsJobs jobs;
    @Autowired
    protected JobRunner runner;
    @Autowired
    protected JobHistory history;
    @Autowired
    protected JobRepository jobRepository;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected PendingReportRepository pendingReports;
    @Autowired
    protected SyncLogRepository syncLogs;
    @Autowired
    protected SettingsStore settings;
    @Autowired
    protected AdsAccounts accounts;
    @Autowired
    protected AdsProfiles profiles;
    @Autowired
    protected JobsProperties properties;
    @Autowired
    private JobRepositoryTestUtils jobRepositoryTestUtils;

    protected JobRuns runs;

    @BeforeEach
    void cleanSlate() {
        runs = new JobRuns(jobs, runner, history, jobRepository, pendingReports, syncLogs, ORG);
        CLOCK.release();
        SANDBOX.faults().reset();
        SANDBOX.stats().reset();
        SANDBOX.data().clearQuietDays();
        SANDBOX.sales().reset();
        SANDBOX.refillSalesQuota();
        jdbc.sql("truncate amazon_ads_pending_reports, amazon_ads_pending_report_days, sync_logs, report_coverage, ads_profiles, "
                + "report_column_exclusions, "
                + String.join(", ", ReportCatalog.all().stream().map(ReportDefinition::table).toList())).update();
        jdbc.sql("truncate amazon_sales_traffic, amazon_sales_traffic_daily, sales_pending_reports, sales_coverage, "
                + "sales_request_quota").update();
        jobRepositoryTestUtils.removeJobExecutions();
        settings.saveAmazonAds(ORG, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, PROFILE, AdsRegion.SANDBOX));
    }

    @AfterEach
    void noFaultsLeft() {
        SANDBOX.faults().reset();
        CLOCK.release();
    }

    /** Moves the sandbox's clock past the report delay: every report requested so far is finished. */
    protected static void amazonFinishesItsReports() {
        CLOCK.advance(REPORT_DELAY);
    }

    /** Now on the sandbox's clock (reports finish and documents are generated by it). */
    protected static java.time.Instant sandboxNow() {
        return CLOCK.instant();
    }

    protected LocalDate todayInProfileZone() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London"));
    }

    protected List<PendingReport> pending() {
        return pendingReports.findByOrg(ORG, 100);
    }

    protected SyncLog lastSyncLog() {
        return syncLogs.recent(ORG, 1).get(0);
    }

    /** The sync log row of one run (see {@link JobRuns#syncLogOf}). */
    protected SyncLog syncLogOf(JobExecution run) {
        return runs.syncLogOf(run);
    }

    protected long rowCount() {
        return jdbc.sql("select count(*) from amazon_sp_ads where org_id = ?").param(ORG).query(Long.class).single();
    }

    protected long rowCount(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from amazon_sp_ads where org_id = ? and date between ? and ?")
                .params(ORG, from, to).query(Long.class).single();
    }

    /** The rows the sandbox's report holds for the days from..to, as of {@code asOf}. */
    protected long sandboxRows(LocalDate from, LocalDate to, LocalDate asOf) {
        long rows = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            rows += SANDBOX.data().rows(PROFILE, day, asOf).size();
        }
        return rows;
    }

    protected long rowCount(LocalDate date) {
        return jdbc.sql("select count(*) from amazon_sp_ads where org_id = ? and date = ?")
                .params(ORG, date).query(Long.class).single();
    }

    /**
     * Every row of the sandbox's report for the date (as of {@code asOf}) is in the table with every
     * registry column equal, and there are no other rows for the date.
     */
    protected void assertTableEqualsSandbox(LocalDate date, LocalDate asOf) {
        List<Map<String, Object>> expected = SANDBOX.data().rows(PROFILE, date, asOf);
        assertThat(rowCount(date)).as("rows for %s", date).isEqualTo(expected.size());
        for (Map<String, Object> row : expected) {
            Map<String, Object> stored = jdbc.sql("select * from amazon_sp_ads where org_id = ? and date = ? and campaign_id = ?")
                    .params(ORG, date, ((Number) row.get("campaignId")).longValue()).query().singleRow();
            for (ReportColumn column : ReportCatalog.spCampaigns().columns()) {
                Object want = row.get(column.apiName());
                Object got = stored.get(column.columnName());
                assertThat(normalise(got)).as("%s of campaign %s on %s", column.apiName(), row.get("campaignId"), date)
                        .isEqualTo(normalise(want));
            }
            assertThat(stored.get("profile_id")).isEqualTo(PROFILE);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value == null ? null : value.toString();
    }
}
