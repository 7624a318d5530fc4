package io.adsync.jobs;

import java.time.Duration;

import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.core.job.JobExecution;

/**
 * Waits for runs. Kept out of the test classes: {@code @SpringBatchTest} takes any test method
 * returning a {@link JobExecution} for its step-scope factory.
 */
final class JobRuns {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final AdsJobs jobs;
    private final JobRunner runner;
    private final PendingReportRepository pendingReports;
    private final long orgId;

    JobRuns(AdsJobs jobs, JobRunner runner, PendingReportRepository pendingReports, long orgId) {
        this.jobs = jobs;
        this.runner = runner;
        this.pendingReports = pendingReports;
        this.orgId = orgId;
    }

    JobExecution await(JobExecution execution) {
        return runner.await(execution, WAIT);
    }

    /** Collect until Amazon has finished every pending report (the sandbox takes ~400 ms). */
    JobExecution collectUntilNothingPending() throws InterruptedException {
        JobExecution last = null;
        for (int round = 0; round < 20; round++) {
            last = await(jobs.collect(orgId));
            if (pendingReports.countPending(orgId) == 0) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("reports still pending after 20 collects: " + pendingReports.findByOrg(orgId, 50));
    }
}
