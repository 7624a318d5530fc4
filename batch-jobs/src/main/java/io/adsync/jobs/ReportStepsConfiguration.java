package io.adsync.jobs;

import javax.sql.DataSource;

import io.adsync.ads.AmazonAdsClient;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.collect.PollOutcome;
import io.adsync.jobs.collect.PollOutcomeWriter;
import io.adsync.jobs.collect.ReportPoller;
import io.adsync.jobs.load.CompletedReportPartitioner;
import io.adsync.jobs.load.ReportLoadStep;
import io.adsync.jobs.load.ReportCompletion;
import io.adsync.jobs.load.ReportLoadListener;
import io.adsync.jobs.load.ReportRow;
import io.adsync.jobs.load.ReportRowsReader;
import io.adsync.jobs.load.SkippedRowRecorder;
import io.adsync.jobs.load.ReportUpsertWriter;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.report.ReportCatalog;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.item.json.JsonItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The poll and load steps, shared by collect and backfill: backfill's reports are "polled and
 * loaded by the same steps as collect". Both steps may run several times in one backfill run
 * (it loops until its reports are done), hence {@code allowStartIfComplete}.
 */
@Configuration
public class ReportStepsConfiguration {

    public static final String POLL_STEP = "pollReportsStep";
    public static final String LOAD_STEP = "loadReportsStep";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JobsProperties properties;

    public ReportStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    JobsProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.properties = properties;
    }

    @Bean
    public Step pollReportsStep(JdbcCursorItemReader<PendingReport> pendingReportReader, ReportPoller reportPoller,
                                PendingReportRepository pendingReports) {
        return new StepBuilder(POLL_STEP, jobRepository)
                .<PendingReport, PollOutcome>chunk(10)
                .transactionManager(transactionManager)
                .reader(pendingReportReader)
                .processor(reportPoller)
                .writer(new PollOutcomeWriter(pendingReports))
                .listener(reportPoller)
                .allowStartIfComplete(true)
                .build();
    }

    /** Re-read from the start on a restart: polling again is harmless, positions in a changing list are not. */
    @Bean
    @StepScope
    public JdbcCursorItemReader<PendingReport> pendingReportReader(DataSource dataSource,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        ReportScope scope = ReportScope.of(stepExecution);
        return new JdbcCursorItemReaderBuilder<PendingReport>()
                .name("pendingReports")
                .dataSource(dataSource)
                .sql("select * from amazon_ads_pending_reports where " + scope.where()
                        + " and status = 'pending' order by created_at, id")
                .queryArguments(scope.params())
                .rowMapper(PendingReportRepository::map)
                .saveState(false)
                .build();
    }

    @Bean
    @StepScope
    public ReportPoller reportPoller(AmazonAdsClient client, AdsAccounts accounts,
                                     @Value("#{jobParameters['orgId']}") Long orgId) {
        return new ReportPoller(client, orgId, accounts.credentials(orgId));
    }

    /** One partition (a worker step execution with its own counts) per completed report, one at a time. */
    @Bean
    public Step loadReportsStep(CompletedReportPartitioner completedReportPartitioner, Step loadReportStep) {
        return new StepBuilder(LOAD_STEP, jobRepository)
                .partitioner(JobNames.LOAD_WORKER_STEP, completedReportPartitioner)
                .step(loadReportStep)
                .taskExecutor(new SyncTaskExecutor())
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    public CompletedReportPartitioner completedReportPartitioner(JdbcClient jdbc,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new CompletedReportPartitioner(jdbc, ReportScope.of(stepExecution));
    }

    @Bean
    public Step loadReportStep(JsonItemReader<ReportRow> reportRowsReader, ReportUpsertWriter reportUpsertWriter,
                               ReportLoadListener reportLoadListener, SkippedRowRecorder skippedRowRecorder) {
        return ReportLoadStep.builder(JobNames.LOAD_WORKER_STEP, jobRepository, transactionManager, properties,
                reportRowsReader, reportUpsertWriter, reportLoadListener, skippedRowRecorder).build();
    }

    @Bean
    @StepScope
    public JsonItemReader<ReportRow> reportRowsReader(AmazonAdsClient client, AdsAccounts accounts,
            @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{stepExecutionContext['profileId']}") Long profileId,
            @Value("#{stepExecutionContext['reportType']}") String reportType,
            @Value("#{stepExecutionContext['reportId']}") String reportId) {
        return ReportRowsReader.of(client, accounts.credentials(orgId, profileId), ReportCatalog.of(reportType),
                reportId, properties.chunkSize());
    }

    @Bean
    @StepScope
    public ReportUpsertWriter reportUpsertWriter(DataSource dataSource, PendingReportRepository pendingReports,
            @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{stepExecutionContext['profileId']}") Long profileId,
            @Value("#{stepExecutionContext['reportType']}") String reportType,
            @Value("#{stepExecutionContext['pendingReportId']}") Long pendingReportId) {
        return new ReportUpsertWriter(dataSource, ReportCatalog.of(reportType), pendingReports, orgId, profileId,
                pendingReportId);
    }

    @Bean
    @StepScope
    public ReportLoadListener reportLoadListener(PendingReportRepository pendingReports, ReportCompletion completion,
            AdsAccounts accounts, @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{stepExecutionContext['profileId']}") Long profileId,
            @Value("#{stepExecutionContext['pendingReportId']}") Long pendingReportId) {
        return new ReportLoadListener(pendingReports, completion, pendingReportId,
                () -> accounts.zone(orgId, profileId),
                properties.maxLoadAttempts());
    }

    @Bean
    @StepScope
    public SkippedRowRecorder skippedRowRecorder(@Value("#{stepExecutionContext['reportId']}") String reportId) {
        return new SkippedRowRecorder(reportId);
    }
}
