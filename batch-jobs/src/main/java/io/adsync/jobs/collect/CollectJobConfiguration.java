package io.adsync.jobs.collect;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.launch.InstanceOwnershipListener;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.SyncLogListener;
import io.adsync.jobs.synclog.SyncLogRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * collect: poll every pending report once, load each completed one in its own partition, then
 * time out and clean up. Parameters: {@code orgId} and {@code run} (identifying: each call is a new
 * run; a failed run is restarted instead, see {@code AdsJobs}).
 */
@Configuration
public class CollectJobConfiguration {

    @Bean
    public Job amazonAdsCollectJob(JobRepository jobRepository, Step pollReportsStep, Step loadReportsStep,
                                   Step finishCollectStep, SyncLogRepository syncLogs, CollectSummaries summaries,
                                   InstanceOwnershipListener ownership) {
        return new JobBuilder(JobNames.COLLECT, jobRepository)
                .listener(ownership)
                .listener(new SyncLogListener(syncLogs, new CollectReporter(summaries)))
                .start(pollReportsStep)
                .next(loadReportsStep)
                .next(finishCollectStep)
                .build();
    }

    @Bean
    public Step finishCollectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  CollectFinishTasklet collectFinishTasklet) {
        return new StepBuilder("finishCollectStep", jobRepository)
                .tasklet(collectFinishTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    public CollectFinishTasklet collectFinishTasklet(PendingReportRepository pendingReports, JobsProperties properties,
                                                     @Value("#{jobParameters['orgId']}") Long orgId) {
        return new CollectFinishTasklet(pendingReports, properties, orgId);
    }
}
