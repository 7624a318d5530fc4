package io.adsync.sales;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.adsync.ads.AdsRequestRejectedException;
import io.adsync.jobs.launch.InstanceOwnershipListener;
import io.adsync.jobs.load.MalformedRowException;
import io.adsync.jobs.load.SkippedRowRecorder;
import io.adsync.jobs.synclog.SyncLogListener;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.spapi.SpApiClient;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code salesTrafficJob}: one marketplace of one org. Request the run's days (one Sales and Traffic report per
 * day, within createReport's quota), then poll them and load each finished day in its own partition, again every
 * {@code poll-interval} while reports are on their way, for at most {@code collect-for}; what is still on its way
 * then is polled by the next run. Parameters: {@code orgId}, {@code marketplaceId}, {@code days} and {@code run}
 * (identifying), {@code origin} (request, backfill, sync). A failed run is restarted by the next call
 * ({@link SalesJobs}): a half-loaded day resumes at its last committed chunk.
 */
@Configuration
@EnableConfigurationProperties(SalesProperties.class)
public class SalesJobConfiguration {

    public static final String JOB = "salesTrafficJob";
    public static final String REQUEST_STEP = "requestSalesReportsStep";
    public static final String POLL_STEP = "pollSalesReportsStep";
    public static final String LOAD_STEP = "loadSalesReportsStep";
    public static final String LOAD_WORKER_STEP = "loadSalesReportStep";
    public static final String MARKETPLACE_ID = "marketplaceId";
    public static final String PENDING_ID = "pendingReportId";
    static final String REJECTED = "rejectedDays";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final SalesProperties properties;

    public SalesJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 SalesProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.properties = properties;
    }

    @Bean
    public Job salesTrafficJob(Step requestSalesReportsStep, Step pollSalesReportsStep, Step loadSalesReportsStep,
                               SyncLogRepository syncLogs, SalesPendingReports pendingReports,
                               InstanceOwnershipListener ownership) {
        JobExecutionDecider again = collectAgain(pendingReports);
        return new JobBuilder(JOB, jobRepository)
                .listener(ownership)
                .listener(new SyncLogListener(syncLogs, new SalesRunReporter(pendingReports)))
                .start(requestSalesReportsStep)
                .next(pollSalesReportsStep)
                .next(loadSalesReportsStep)
                .next(again).on(CollectAgain.AGAIN).to(pollSalesReportsStep)
                .from(again).on("*").end()
                .end()
                .build();
    }

    /**
     * Loops back to the poll while the run's marketplace has reports on their way and {@code collect-for} has not
     * passed. The pause happens here, outside any transaction and step, so it holds no database connection.
     */
    private JobExecutionDecider collectAgain(SalesPendingReports pendingReports) {
        return new CollectAgain(pendingReports, properties.pollInterval(), properties.collectFor());
    }

    static final class CollectAgain implements JobExecutionDecider {
        static final String AGAIN = "AGAIN";
        private final SalesPendingReports pendingReports;
        private final Duration pollInterval;
        private final Duration collectFor;

        CollectAgain(SalesPendingReports pendingReports, Duration pollInterval, Duration collectFor) {
            this.pendingReports = pendingReports;
            this.pollInterval = pollInterval;
            this.collectFor = collectFor;
        }

        @Override
        public FlowExecutionStatus decide(org.springframework.batch.core.job.JobExecution jobExecution,
                                          org.springframework.batch.core.step.StepExecution stepExecution) {
            long orgId = jobExecution.getJobParameters().getLong("orgId");
            String marketplaceId = jobExecution.getJobParameters().getString(MARKETPLACE_ID);
            Instant started = jobExecution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
            boolean waiting = !pendingReports.pending(orgId, marketplaceId).isEmpty();
            if (!waiting || Instant.now().plus(pollInterval).isAfter(started.plus(collectFor))
                    || jobExecution.isStopping()) {
                return FlowExecutionStatus.COMPLETED;
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FlowExecutionStatus.COMPLETED;
            }
            return new FlowExecutionStatus(AGAIN);
        }
    }

    /** Chunks of one: each report Amazon accepted is recorded before the next is asked for. */
    @Bean
    public Step requestSalesReportsStep(ListItemReader<LocalDate> salesDaysReader,
                                        SalesReportRequester salesReportRequester,
                                        SalesRequestedWriter salesRequestedWriter) {
        RejectedDays rejected = new RejectedDays();
        return new StepBuilder(REQUEST_STEP, jobRepository)
                .<LocalDate, SalesReportRequester.Requested>chunk(1)
                .transactionManager(transactionManager)
                .reader(salesDaysReader)
                .processor(salesReportRequester)
                .writer(salesRequestedWriter)
                .faultTolerant()
                .skip(AdsRequestRejectedException.class)
                .skipLimit(Integer.MAX_VALUE)
                .skipListener(rejected)
                .listener(rejected)
                .build();
    }

    /** Recomputed on a restart: days asked for before it have their pending rows and are not asked again. */
    @Bean
    @StepScope
    public ListItemReader<LocalDate> salesDaysReader(SalesDays days,
            @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{jobParameters['marketplaceId']}") String marketplaceId,
            @Value("#{jobParameters['days']}") Long runDays) {
        LocalDate today = LocalDate.now(SalesAccounts.marketplace(marketplaceId).zone());
        return new ListItemReader<>(days.toRequest(orgId, marketplaceId, today, runDays.intValue()));
    }

    @Bean
    @StepScope
    public SalesReportRequester salesReportRequester(SpApiClient client, SalesAccounts accounts,
            SalesRequestQuota quota, @Value("#{jobParameters['orgId']}") Long orgId) {
        return new SalesReportRequester(client, accounts.credentials(orgId), quota, orgId);
    }

    @Bean
    @StepScope
    public SalesRequestedWriter salesRequestedWriter(SalesPendingReports pendingReports,
            @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{jobParameters['marketplaceId']}") String marketplaceId,
            @Value("#{jobParameters['origin'] ?: 'request'}") String origin,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return new SalesRequestedWriter(pendingReports, orgId, marketplaceId, origin, jobInstanceId);
    }

    @Bean
    public Step pollSalesReportsStep(JdbcCursorItemReader<SalesPendingReport> salesPendingReader,
                                     SalesReportPoller salesReportPoller, SalesPendingReports pendingReports,
                                     SalesCompletion completion) {
        return new StepBuilder(POLL_STEP, jobRepository)
                .<SalesPendingReport, SalesReportPoller.Polled>chunk(10)
                .transactionManager(transactionManager)
                .reader(salesPendingReader)
                .processor(salesReportPoller)
                .writer(new SalesPollWriter(pendingReports, completion))
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    public JdbcCursorItemReader<SalesPendingReport> salesPendingReader(DataSource dataSource,
            @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{jobParameters['marketplaceId']}") String marketplaceId) {
        return new JdbcCursorItemReaderBuilder<SalesPendingReport>()
                .name("salesPendingReports")
                .dataSource(dataSource)
                .sql("select * from sales_pending_reports where org_id = ? and marketplace_id = ? "
                        + "and status = 'pending' and coalesce(amazon_status, '') <> 'DONE' order by date, id")
                .queryArguments(orgId, marketplaceId)
                .rowMapper(SalesPendingReports::map)
                .saveState(false)
                .build();
    }

    @Bean
    @StepScope
    public SalesReportPoller salesReportPoller(SpApiClient client, SalesAccounts accounts,
                                               @Value("#{jobParameters['orgId']}") Long orgId) {
        return new SalesReportPoller(client, accounts.credentials(orgId));
    }

    /** One partition per DONE day, one at a time; its name is stable so a restart finds its saved position. */
    @Bean
    public Step loadSalesReportsStep(Partitioner doneSalesReports, Step loadSalesReportStep) {
        return new StepBuilder(LOAD_STEP, jobRepository)
                .partitioner(LOAD_WORKER_STEP, doneSalesReports)
                .step(loadSalesReportStep)
                .taskExecutor(new SyncTaskExecutor())
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    public Partitioner doneSalesReports(JdbcClient jdbc, @Value("#{jobParameters['orgId']}") Long orgId,
                                        @Value("#{jobParameters['marketplaceId']}") String marketplaceId) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            jdbc.sql("select id from sales_pending_reports where org_id = ? and marketplace_id = ? "
                            + "and status = 'pending' and amazon_status = 'DONE' order by date, id")
                    .params(orgId, marketplaceId)
                    .query(Long.class).list()
                    .forEach(id -> {
                        ExecutionContext context = new ExecutionContext();
                        context.putLong(PENDING_ID, id);
                        partitions.put("report-" + id, context);
                    });
            return partitions;
        };
    }

    @Bean
    public Step loadSalesReportStep(SalesDocumentReader salesDocumentReader, SalesTrafficWriter salesTrafficWriter,
                                    SalesLoadListener salesLoadListener, SkippedRowRecorder salesSkippedRows) {
        return new StepBuilder(LOAD_WORKER_STEP, jobRepository)
                .<SalesItem, SalesItem>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(salesDocumentReader)
                .writer(salesTrafficWriter)
                .faultTolerant()
                .skip(MalformedRowException.class)
                .skipLimit(properties.maxSkippedRows())
                .skipListener(salesSkippedRows)
                .listener(salesSkippedRows)
                .listener(salesLoadListener)
                .build();
    }

    @Bean
    @StepScope
    public SalesDocumentReader salesDocumentReader(SpApiClient client, SalesAccounts accounts,
            SalesPendingReports pendingReports, @Value("#{jobParameters['orgId']}") Long orgId,
            @Value("#{stepExecutionContext['pendingReportId']}") Long pendingReportId) {
        SalesPendingReport report = pendingReports.get(pendingReportId);
        var credentials = accounts.credentials(orgId);
        return new SalesDocumentReader(() -> client.download(credentials, report.reportDocumentId()));
    }

    @Bean
    @StepScope
    public SalesTrafficWriter salesTrafficWriter(DataSource dataSource, SalesPendingReports pendingReports,
            @Value("#{stepExecutionContext['pendingReportId']}") Long pendingReportId) {
        return new SalesTrafficWriter(new JdbcTemplate(dataSource), pendingReports, pendingReports.get(pendingReportId));
    }

    @Bean
    @StepScope
    public SalesLoadListener salesLoadListener(SalesPendingReports pendingReports, SalesCompletion completion,
            @Value("#{stepExecutionContext['pendingReportId']}") Long pendingReportId) {
        return new SalesLoadListener(pendingReports, completion, pendingReportId, properties.maxLoadAttempts());
    }

    @Bean
    @StepScope
    public SkippedRowRecorder salesSkippedRows(SalesPendingReports pendingReports,
            @Value("#{stepExecutionContext['pendingReportId']}") Long pendingReportId) {
        SalesPendingReport report = pendingReports.get(pendingReportId);
        return new SkippedRowRecorder(report.reportId() + " (" + report.date() + ")");
    }
}
