package io.adsync.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
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
    private final SyncLogRepository syncLogs;
    private final long orgId;

    JobRuns(AdsJobs jobs, JobRunner runner, JobHistory history, JobRepository jobRepository,
            PendingReportRepository pendingReports, SyncLogRepository syncLogs, long orgId) {
        this.jobs = jobs;
        this.runner = runner;
        this.history = history;
        this.jobRepository = jobRepository;
        this.pendingReports = pendingReports;
        this.syncLogs = syncLogs;
        this.orgId = orgId;
    }

    /**
     * The sync log row of one run. Spring Batch records a run as ended before it calls the run's
     * listeners, so the row lands a moment after the run reads as ended; another run's row may be newer.
     */
    SyncLog syncLogOf(JobExecution run) {
        Pattern ofRun = Pattern.compile("\"jobExecutionId\": ?" + run.getId() + "\\b");
        return Awaitility.await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> syncLogs.recent(orgId, 50).stream()
                        .filter(log -> log.details() != null && ofRun.matcher(log.details()).find())
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The run once it has ended and its sync log is written (so the newest sync log row is its own). */
    public JobExecution await(JobExecution execution) {
        JobExecution ended = runner.await(execution, WAIT);
        syncLogOf(ended);
        return ended;
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
