package io.adsync.jobs;

import java.time.Duration;

import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.PendingReportRepository;
import org.awaitility.Awaitility;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Waits for runs. Kept out of the test classes: {@code @SpringBatchTest} takes any test method
 * returning a {@link JobExecution} for its step-scope factory.
 */
public final class JobRuns {

    private static final Duration WAIT = Duration.ofMinutes(2);
    /** A failed run is restarted, then a new run follows: the rounds a failure can take. */
    private static final int ROUNDS = 4;

    private final AdsJobs jobs;
    private final JobRunner runner;
    private final JobHistory history;
    private final JobRepository jobRepository;
    private final PendingReportRepository pendingReports;
    private final long orgId;

    JobRuns(AdsJobs jobs, JobRunner runner, JobHistory history, JobRepository jobRepository,
            PendingReportRepository pendingReports, long orgId) {
        this.jobs = jobs;
        this.runner = runner;
        this.history = history;
        this.jobRepository = jobRepository;
        this.pendingReports = pendingReports;
        this.orgId = orgId;
    }

    public JobExecution await(JobExecution execution) {
        return runner.await(execution, WAIT);
    }

    /**
     * One collect call to its end: when it restarted a failed collect, also the new run that
     * follows the restart on the batch executor.
     */
    JobExecution collect() {
        JobExecution launched = await(jobs.collect(orgId));
        if (!isRestart(launched)) {
            return launched;
        }
        long restartedInstance = launched.getJobInstance().getInstanceId();
        return Awaitility.await().atMost(WAIT).until(() -> history.lastExecution(JobNames.COLLECT, orgId),
                last -> last.getJobInstance().getInstanceId() != restartedInstance && !last.isRunning());
    }

    /** Collects, after Amazon finished every report, until none is pending. */
    JobExecution collectUntilNothingPending() {
        JobsTestSupport.amazonFinishesItsReports();
        JobExecution last = null;
        for (int round = 0; round < ROUNDS; round++) {
            last = collect();
            if (pendingReports.countPending(orgId) == 0) {
                return last;
            }
        }
        throw new AssertionError("reports still pending after " + ROUNDS + " collects: "
                + pendingReports.findByOrg(orgId, 50));
    }

    private boolean isRestart(JobExecution execution) {
        return jobRepository.getJobExecutions(execution.getJobInstance()).size() > 1;
    }
}
