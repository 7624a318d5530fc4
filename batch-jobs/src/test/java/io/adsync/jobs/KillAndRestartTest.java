package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRegion;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.ads.CreatedReport;
import io.adsync.batchtest.BatchJobsTestApplication;
import io.adsync.batchtest.CollectProcess;
import io.adsync.jobs.launch.InstanceHeartbeat;
import io.adsync.jobs.launch.InstanceOwnershipListener;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.ManualClock;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxOptions;
import io.adsync.sandbox.SandboxReportType;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A collect killed with SIGKILL in the middle of a load, then run again, leaves exactly the rows a
 * clean run leaves: no duplicates, no gaps, and the report completed only once it is whole.
 */
@SpringBootTest(classes = BatchJobsTestApplication.class, properties = {
        "spring.batch.job.enabled=false",
        "adsync.encryption-key=" + KillAndRestartTest.KEY,
        "adsync.jobs.scheduler.enabled=false",
        "adsync.jobs.chunk-size=500",
        "adsync.jobs.heartbeat-interval=500ms",
        "adsync.jobs.stale-after=2s"})
@ContextConfiguration(initializers = FreshDatabase.class)
class KillAndRestartTest {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final long PROFILE = SandboxAccounts.PROFILE_GB;
    private static final Duration REPORT_DELAY = Duration.ofMillis(200);
    private static final ManualClock CLOCK = new ManualClock(Instant.now());
    /** 31 days of 4,000 campaigns: long enough a load to kill it in the middle */
    private static final AdsSandbox SANDBOX = AdsSandbox.start(SandboxOptions.defaults()
            .withPort(0).withReportDelay(REPORT_DELAY).withCampaignsPerProfile(4000).withClock(CLOCK));

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("adsync.amazon.sandbox-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    private AdsJobs jobs;
    @Autowired
    private JobRunner runner;
    @Autowired
    private AmazonAdsClient client;
    @Autowired
    private SettingsStore settings;
    @Autowired
    private PendingReportRepository pendingReports;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private InstanceHeartbeat heartbeat;
    @Value("${spring.datasource.url}")
    private String databaseUrl;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spCampaigns", "spSearchTerm"})
    void aCollectKilledMidLoadAndRunAgainLoadsExactlyTheReport(String reportType) throws Exception {
        ReportDefinition type = ReportCatalog.of(reportType);
        SandboxReportType amazonType = SandboxReportType.find(reportType).orElseThrow();
        AdsCredentials credentials = new AdsCredentials(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, PROFILE, AdsRegion.SANDBOX);
        settings.saveAmazonAds(1, new AmazonAdsSettings(credentials.clientId(), credentials.clientSecret(),
                credentials.refreshToken(), PROFILE, AdsRegion.SANDBOX));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        DateRange range = new DateRange(today.minusDays(31), today.minusDays(1));
        CreatedReport report = client.createReport(credentials, type, range.start(), range.end());
        pendingReports.recordRequested(1, PROFILE, reportType, report.reportId(), range, ReportOrigin.REQUEST, null);
        CLOCK.advance(REPORT_DELAY);

        Process collect = startCollectProcess();
        long rowsAtKill = waitForRowsThenKill(collect, type, report.reportId(), 20_000);

        assertThat(rowsAtKill).as("killed in the middle of the load").isPositive();
        PendingReport halfLoaded = pendingReports.findByOrg(1, 1).get(0);
        assertThat(halfLoaded.status()).isEqualTo(PendingReport.PENDING);
        JobExecution killed = jobRepository.findRunningJobExecutions(JobNames.COLLECT).iterator().next();
        String deadInstance = killed.getExecutionContext().getString(InstanceOwnershipListener.OWNER);
        await().atMost(Duration.ofSeconds(30)).until(() -> !heartbeat.isAlive(deadInstance));

        JobExecution resumed = runner.await(jobs.collect(1), Duration.ofMinutes(5));

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long expected = 0;
        for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
            long sandboxRows = SANDBOX.data().rows(PROFILE, amazonType, day, today).size();
            long tableRows = jdbc.sql("select count(*) from " + type.table() + " where date = ?").param(day)
                    .query(Long.class).single();
            assertThat(tableRows).as("rows for %s", day).isEqualTo(sandboxRows);
            // counted with the chunks, across the kill: the day's coverage names exactly its rows
            Long coveredRows = jdbc.sql("select rows from report_coverage where report_type = ? and date = ?")
                    .params(reportType, day).query(Long.class).single();
            assertThat(coveredRows).as("coverage of %s", day).isEqualTo(sandboxRows);
            expected += sandboxRows;
        }
        PendingReport done = pendingReports.findByOrg(1, 1).get(0);
        assertThat(done.status()).isEqualTo(PendingReport.COMPLETED);
        assertThat(done.rowsLoaded()).isEqualTo(expected);
        Long total = jdbc.sql("select count(*) from " + type.table()).query(Long.class).single();
        assertThat(total).isEqualTo(expected);
        assertThat(rowsAtKill).isLessThan(expected);
    }

    private Process startCollectProcess() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CollectProcess.class.getName(),
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + FreshDatabase.USER,
                "--spring.datasource.password=" + FreshDatabase.PASSWORD,
                "--spring.batch.job.enabled=false",
                "--adsync.encryption-key=" + KEY,
                "--adsync.jobs.scheduler.enabled=false",
                "--adsync.jobs.chunk-size=500",
                "--adsync.jobs.heartbeat-interval=500ms",
                "--adsync.amazon.sandbox-url=" + SANDBOX.baseUrl()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/collect-process.log")).start();
    }

    /** SIGKILL as soon as some chunks are committed: no shutdown hook, no cleanup, like a power cut. */
    private long waitForRowsThenKill(Process process, ReportDefinition type, String reportId, long minimumRows)
            throws InterruptedException {
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !process.isAlive() || committedRows(reportId) >= minimumRows);
        } finally {
            process.destroyForcibly().waitFor();
        }
        if (committedRows(reportId) < minimumRows) {
            throw new AssertionError("the collect process ended before it could be killed mid-load");
        }
        return jdbc.sql("select count(*) from " + type.table()).query(Long.class).single();
    }

    private long committedRows(String reportId) {
        return jdbc.sql("select rows_loaded from amazon_ads_pending_reports where report_id = ?").param(reportId)
                .query(Long.class).single();
    }
}
