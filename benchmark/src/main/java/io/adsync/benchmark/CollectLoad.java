package io.adsync.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.load.ReportCompletion;
import io.adsync.jobs.load.ReportLoadListener;
import io.adsync.jobs.load.ReportLoadStep;
import io.adsync.jobs.load.ReportRow;
import io.adsync.jobs.load.ReportRowsReader;
import io.adsync.jobs.load.ReportUpsertWriter;
import io.adsync.jobs.load.SkippedRowRecorder;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The collect job's load of one report, end to end: gunzip, parse, map, and upsert through the
 * real writer, in the job's own {@link ReportLoadStep} (same chunk size, fault tolerance, listeners,
 * a pending report whose {@code rows_loaded} counts along), launched through the job operator. Only
 * the rows come from a file instead of the download.
 */
final class CollectLoad {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final PendingReportRepository pendingReports;
    private final ReportCompletion completion;
    private final JobsProperties properties;
    private final JdbcClient jdbc;

    int chunkSize() {
        return properties.chunkSize();
    }

    CollectLoad(ApplicationContext context) {
        this.jobRepository = context.getBean(JobRepository.class);
        this.jobOperator = context.getBean(JobOperator.class);
        this.transactionManager = context.getBean(PlatformTransactionManager.class);
        this.dataSource = context.getBean(DataSource.class);
        this.pendingReports = context.getBean(PendingReportRepository.class);
        this.completion = context.getBean(ReportCompletion.class);
        this.properties = context.getBean(JobsProperties.class);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Loads the report; answers the wall time of the job run. */
    Duration load(GeneratedReport report, long orgId, long profileId) throws Exception {
        return load(report, orgId, profileId, new ItemWriteListener<>() {
        });
    }

    /** @param observer sees every chunk before it is written (the heap probe samples there) */
    Duration load(GeneratedReport report, long orgId, long profileId, ItemWriteListener<ReportRow> observer)
            throws Exception {
        String reportId = "benchmark-" + UUID.randomUUID();
        LocalDate today = LocalDate.now();
        pendingReports.recordRequested(orgId, profileId, report.type().reportTypeId(), reportId,
                new DateRange(today.minusDays(95),
                today.minusDays(1)), ReportOrigin.REQUEST, null);
        long pendingId = jdbc.sql("select id from amazon_ads_pending_reports where report_id = ?")
                .param(reportId).query(Long.class).single();
        Step step = ReportLoadStep.builder("benchmarkLoadReportStep", jobRepository, transactionManager, properties,
                        ReportRowsReader.of(new GzipFileResource(report.gzipJson()), report.type(),
                                properties.chunkSize()),
                        new ReportUpsertWriter(dataSource, report.type(), pendingReports, orgId, profileId, pendingId),
                        new ReportLoadListener(pendingReports, completion, pendingId, () -> ZoneOffset.UTC,
                                properties.maxLoadAttempts()),
                        new SkippedRowRecorder(reportId))
                .listener(observer)
                .build();
        Job job = new JobBuilder("benchmarkLoadJob", jobRepository).start(step).build();

        long started = System.nanoTime();
        JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
                .addString("report", reportId).toJobParameters());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the load ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
        StepExecution stepExecution = execution.getStepExecutions().iterator().next();
        long loaded = pendingReports.get(pendingId).rowsLoaded();
        if (stepExecution.getWriteCount() != report.rows() || loaded != report.rows()) {
            throw new IllegalStateException("the load wrote " + stepExecution.getWriteCount() + " rows and counted "
                    + loaded + ", the report has " + report.rows());
        }
        return elapsed;
    }
}
