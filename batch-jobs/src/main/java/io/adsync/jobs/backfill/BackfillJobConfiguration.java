package io.adsync.jobs.backfill;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.launch.InstanceOwnershipListener;
import io.adsync.jobs.synclog.SyncLogListener;
import io.adsync.jobs.synclog.SyncLogRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * backfill: plan the missing days, then loop request → poll → load → (wait) until every range of
 * the plan is loaded or given up. No wall-clock limit: it runs as long as Amazon takes, and a
 * failed run restarts where it stopped. Parameters: {@code orgId}, {@code days} (1..95) or the days
 * {@code from}..{@code to}, {@code batch} (reports in flight), {@code run}.
 */
@Configuration
public class BackfillJobConfiguration {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final BackfillTasklets tasklets;

    public BackfillJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    BackfillTasklets tasklets) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.tasklets = tasklets;
    }

    @Bean
    public Job amazonAdsBackfillJob(Step pollReportsStep, Step loadReportsStep, JobsProperties properties,
                                    SyncLogRepository syncLogs, BackfillResults results,
                                    InstanceOwnershipListener ownership) {
        Step plan = step("planBackfillStep", tasklets.plan(), false);
        Step request = step("requestBackfillStep", tasklets.requestNextRanges(), true);
        // the pause stores nothing: without a transaction manager of the database it holds no connection
        Step pause = new StepBuilder("waitForReportsStep", jobRepository)
                .tasklet(tasklets.pause(properties.pollInterval()), new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
        JobExecutionDecider progress = tasklets.progress();
        return new JobBuilder(JobNames.BACKFILL, jobRepository)
                .listener(ownership)
                .listener(new SyncLogListener(syncLogs, new BackfillReporter(results)))
                .start(plan)
                .next(request)
                .next(pollReportsStep)
                .next(loadReportsStep)
                .next(progress)
                .on(BackfillTasklets.WAIT.getName()).to(pause)
                .from(pause).on("*").to(request)
                .from(progress).on("*").end()
                .end()
                .build();
    }

    private Step step(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet, boolean repeats) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .allowStartIfComplete(repeats)
                .build();
    }
}
