package io.adsync.jobs.collect;

import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Housekeeping after polling and loading: reports Amazon has not finished within the timeout are
 * given up (their dates are requested again by the next request run) and finished rows past the
 * retention are deleted.
 */
public class CollectFinishTasklet implements Tasklet {

    private final PendingReportRepository pendingReports;
    private final JobsProperties properties;
    private final long orgId;

    public CollectFinishTasklet(PendingReportRepository pendingReports, JobsProperties properties, long orgId) {
        this.pendingReports = pendingReports;
        this.properties = properties;
        this.orgId = orgId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        int timedOut = pendingReports.failTimedOut(orgId, properties.pendingTimeout());
        int deleted = pendingReports.deleteFinishedOlderThan(orgId, properties.retention());
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("timedOut", timedOut);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("deleted", deleted);
        return RepeatStatus.FINISHED;
    }
}
