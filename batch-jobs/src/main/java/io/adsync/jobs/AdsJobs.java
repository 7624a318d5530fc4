package io.adsync.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.account.AdsAccount;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The ways a run is started: the daily request (once per org and profile-local day), collect
 * (restart a failed one first, then a new run), backfill, and the manual sync. Routes, the console
 * and the scheduler all come through here.
 */
@Service
public class AdsJobs {

    private static final Logger log = LoggerFactory.getLogger(AdsJobs.class);

    /** Days of Sponsored Products reports Amazon keeps. */
    public static final int RETENTION_DAYS = 95;

    private final JobRunner runner;
    private final JobHistory history;
    private final AdsAccounts accounts;
    private final PendingReportRepository pendingReports;
    private final SyncLogRepository syncLogs;
    private final JobsProperties properties;
    private final Job requestJob;
    private final Job collectJob;
    private final Job backfillJob;
    private final TaskExecutor batchExecutor;

    public AdsJobs(JobRunner runner, JobHistory history, AdsAccounts accounts, PendingReportRepository pendingReports,
                   SyncLogRepository syncLogs, JobsProperties properties,
                   @Qualifier("amazonAdsRequestJob") Job requestJob,
                   @Qualifier("amazonAdsCollectJob") Job collectJob,
                   @Qualifier("amazonAdsBackfillJob") Job backfillJob,
                   @BatchTaskExecutor TaskExecutor batchExecutor) {
        this.runner = runner;
        this.history = history;
        this.accounts = accounts;
        this.pendingReports = pendingReports;
        this.syncLogs = syncLogs;
        this.properties = properties;
        this.requestJob = requestJob;
        this.collectJob = collectJob;
        this.backfillJob = backfillJob;
        this.batchExecutor = batchExecutor;
    }

    /**
     * The daily request: identified by org and profile-local day, so a second call the same day
     * answers with the first run (restarting it if it failed) and asks Amazon for nothing.
     */
    public JobExecution requestDaily(long orgId) {
        AdsAccount account = account(orgId, JobNames.REQUEST);
        JobParameters parameters = new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addString(JobNames.DAY, account.today().toString())
                .addString(JobNames.ORIGIN, ReportOrigin.REQUEST.value(), false)
                .toJobParameters();
        return runner.startOrRestart(requestJob, parameters);
    }

    /**
     * A collect call: if the org's last collect failed (or was left running by a dead process and
     * recovered), it is restarted first, so a half-loaded report resumes at its last committed
     * chunk, and the call answers with that restart at once; when it has ended, a new run polls
     * everything pending. A restart that fails again is abandoned so one broken report cannot block
     * every later run. Never waits for a run: the scheduler's single thread and the cron routes call
     * it. The waiting for the restart happens on the batch executor, for at most
     * {@code adsync.jobs.restart-wait}; past that the next call starts the new run. While one of the
     * org's collects runs, the call answers with it.
     */
    public JobExecution collect(long orgId, String run) {
        JobExecution restarted = restartFailedCollect(orgId);
        if (restarted == null) {
            return startCollect(orgId, run);
        }
        batchExecutor.execute(() -> {
            try {
                if (finishRestart(restarted, properties.restartWait())) {
                    startCollect(orgId, run);
                }
            } catch (RuntimeException e) {
                log.error("Collect of org {} after restart #{} did not start: {}", orgId, restarted.getId(),
                        PlainWords.of(e));
            }
        });
        return restarted;
    }

    public JobExecution collect(long orgId) {
        return collect(orgId, Instant.now().toString());
    }

    /** Restarts the org's last collect if it failed; null when there is nothing to restart. */
    private JobExecution restartFailedCollect(long orgId) {
        runner.recoverOrphans(JobNames.COLLECT);
        JobExecution last = history.lastExecution(JobNames.COLLECT, orgId);
        if (last == null || !JobRunner.isRestartable(last)) {
            return null;
        }
        log.info("Restarting failed collect #{} of org {} first", last.getId(), orgId);
        return runner.restart(last);
    }

    /**
     * Waits up to {@code timeout} for a restart and abandons it if it failed again. False when no new
     * run should follow: the restart is still running (a new run would load the same reports beside
     * it), or it was stopped (by a user, or by a shutdown, which leaves it to be restarted).
     */
    private boolean finishRestart(JobExecution restarted, Duration timeout) {
        JobExecution ended = runner.await(restarted, timeout);
        if (ended.isRunning()) {
            log.warn("Restarted collect #{} is still running after {}; the next collect call polls the rest",
                    ended.getId(), timeout);
            return false;
        }
        if (ended.getStatus() == BatchStatus.FAILED) {
            runner.abandon(ended);
        }
        return ended.getStatus() != BatchStatus.STOPPED;
    }

    /**
     * A new collect run, unless one of the org's is running (a slow restart, the scheduler's while
     * a route calls): two would poll and load the same reports side by side, so the call answers
     * with the running one.
     */
    private JobExecution startCollect(long orgId, String run) {
        JobExecution last = history.lastExecution(JobNames.COLLECT, orgId);
        if (last != null && last.isRunning()) {
            log.info("Collect #{} of org {} is still running; not starting another beside it", last.getId(), orgId);
            return last;
        }
        return runner.start(collectJob, new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addString(JobNames.RUN, run)
                .toJobParameters());
    }

    public JobExecution backfill(long orgId, int days, int batch) {
        if (days < 1 || days > RETENTION_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and 95 (Amazon keeps 95 days), got " + days);
        }
        return backfill(orgId, days, null, batch);
    }

    /**
     * A backfill of the days of {@code window} not loaded yet (the console's "backfill these days").
     *
     * @throws IllegalArgumentException when the window reaches beyond Amazon's 95 days or past yesterday
     */
    public JobExecution backfill(long orgId, DateRange window, int batch) {
        LocalDate today = accounts.today(orgId);
        if (window.start().isBefore(today.minusDays(RETENTION_DAYS))) {
            throw new IllegalArgumentException("Amazon keeps the last 95 days of reports: " + window.start()
                    + " is before " + today.minusDays(RETENTION_DAYS) + ", the oldest day it still has");
        }
        if (!window.end().isBefore(today)) {
            throw new IllegalArgumentException("Only days before today can be backfilled (today is " + today
                    + " in the profile's time zone and not over yet)");
        }
        return backfill(orgId, (int) ChronoUnit.DAYS.between(window.start(), today), window, batch);
    }

    private JobExecution backfill(long orgId, int days, DateRange window, int batch) {
        if (batch < 1 || batch > 20) {
            throw new IllegalArgumentException("batch must be between 1 and 20, got " + batch);
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addLong(JobNames.DAYS, (long) days)
                .addLong(JobNames.BATCH, (long) batch)
                .addString(JobNames.RUN, Instant.now().toString());
        if (window != null) {
            parameters.addLocalDate(JobNames.FROM, window.start()).addLocalDate(JobNames.TO, window.end());
        }
        return runner.start(backfillJob, parameters.toJobParameters());
    }

    /**
     * "Sync Data": a fresh request of the lookback days whatever ran today, then collect every
     * {@code pollInterval} until the sync's reports are loaded or {@code syncTimeout} passed; what is
     * still processing stays pending for the next collect.
     */
    public SyncResult manualSync(long orgId) {
        AdsAccount account = account(orgId, JobNames.REQUEST);
        JobExecution request = runner.await(runner.start(requestJob, new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addString(JobNames.DAY, account.today().toString())
                .addString(JobNames.RUN, "sync-" + Instant.now())
                .addString(JobNames.ORIGIN, ReportOrigin.SYNC.value(), false)
                .toJobParameters()), properties.syncTimeout());
        long instanceId = request.getJobInstance().getInstanceId();
        Instant deadline = Instant.now().plus(properties.syncTimeout());
        JobExecution collect = null;
        while (request.getStatus() == BatchStatus.COMPLETED) {
            collect = runner.await(collectWithin(orgId, Duration.between(Instant.now(), deadline)),
                    Duration.between(Instant.now(), deadline));
            boolean waiting = pendingReports.findByJobInstance(instanceId).stream()
                    .anyMatch(report -> PendingReport.PENDING.equals(report.status()));
            if (!waiting || Instant.now().plus(properties.pollInterval()).isAfter(deadline)
                    || !pause(properties.pollInterval())) {
                break;
            }
        }
        return new SyncResult(request, collect, pendingReports.findByJobInstance(instanceId));
    }

    /**
     * A collect for the manual sync, which waits for its runs anyway (on a console thread, within
     * its own deadline): a restart is finished here rather than followed up on the batch executor,
     * so the run the sync then waits for is the new one that polls its reports.
     */
    private JobExecution collectWithin(long orgId, Duration timeout) {
        JobExecution restarted = restartFailedCollect(orgId);
        if (restarted != null && !finishRestart(restarted, timeout)) {
            return restarted;
        }
        return startCollect(orgId, Instant.now().toString());
    }

    /** A manual sync's runs and its reports as they stand at the end. */
    public record SyncResult(JobExecution request, JobExecution lastCollect, List<PendingReport> reports) {
    }

    /** Looks up the profile; a refusal is logged to sync_logs, since no job run exists to log it. */
    private AdsAccount account(long orgId, String jobName) {
        Instant started = Instant.now();
        try {
            return accounts.forOrg(orgId);
        } catch (RuntimeException e) {
            syncLogs.insert(new SyncLog(0, orgId, SyncLog.SOURCE, jobName, SyncLog.ERROR,
                    "Could not start: " + PlainWords.of(e), 0, started, Instant.now(),
                    SyncLog.detailsJson(PlainWords.isCredentialsRefusal(e)
                            ? Map.of(SyncLog.CREDENTIALS_REFUSED, true) : Map.of())));
            throw e;
        }
    }

    /** False when interrupted (the application is shutting down): the sync stops polling. */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
