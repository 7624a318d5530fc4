package io.adsync.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.adsync.jobs.account.AdsAccount;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.account.NoAdsSettingsException;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.profiles.AdsProfiles;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import io.adsync.sales.SalesJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The ways a run is started: the daily request (once per profile and profile-local day), collect
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
    private final AdsProfiles profiles;
    private final PendingReportRepository pendingReports;
    private final SyncLogRepository syncLogs;
    private final JobsProperties properties;
    private final Job requestJob;
    private final Job collectJob;
    private final Job backfillJob;
    private final TaskExecutor batchExecutor;
    private final ObjectProvider<SalesJobs> sales;

    public AdsJobs(JobRunner runner, JobHistory history, AdsAccounts accounts, AdsProfiles profiles,
                   PendingReportRepository pendingReports,
                   SyncLogRepository syncLogs, JobsProperties properties,
                   @Qualifier("amazonAdsRequestJob") Job requestJob,
                   @Qualifier("amazonAdsCollectJob") Job collectJob,
                   @Qualifier("amazonAdsBackfillJob") Job backfillJob,
                   @BatchTaskExecutor TaskExecutor batchExecutor, ObjectProvider<SalesJobs> sales) {
        this.runner = runner;
        this.history = history;
        this.accounts = accounts;
        this.profiles = profiles;
        this.pendingReports = pendingReports;
        this.syncLogs = syncLogs;
        this.properties = properties;
        this.requestJob = requestJob;
        this.collectJob = collectJob;
        this.backfillJob = backfillJob;
        this.batchExecutor = batchExecutor;
        this.sales = sales;
    }

    /**
     * The daily request of every enabled profile of the org, each its own run: one profile's refused
     * credentials or failed run does not keep the others from starting.
     *
     * @return the runs started (or found) for the profiles that could start
     * @throws NoEnabledProfilesException when the org syncs no profile
     * @throws RuntimeException the first profile's reason when none could start
     */
    public List<JobExecution> requestDaily(long orgId) {
        return eachProfile(orgId, JobNames.REQUEST, profile -> requestDaily(orgId, profile.profileId()));
    }

    /**
     * The daily request of one profile: identified by org, profile and profile-local day, so a second
     * call the same day answers with the first run (restarting it if it failed) and asks Amazon for
     * nothing.
     */
    public JobExecution requestDaily(long orgId, long profileId) {
        AdsAccount account = account(orgId, profileId, JobNames.REQUEST);
        JobParameters parameters = new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addLong(JobNames.PROFILE_ID, profileId)
                .addString(JobNames.DAY, account.today().toString())
                .addString(JobNames.ORIGIN, ReportOrigin.REQUEST.value(), false)
                .toJobParameters();
        return runner.startOrRestart(requestJob, parameters);
    }

    /** Runs {@code start} for each enabled profile; see {@link #requestDaily(long)}. */
    private <T> List<T> eachProfile(long orgId, String jobName, Function<AdvertisingProfile, T> start) {
        List<AdvertisingProfile> profiles = accounts.enabledProfiles(orgId);
        if (profiles.isEmpty()) {
            Instant started = Instant.now();
            RuntimeException nothingToRun;
            try {
                accounts.credentials(orgId); // no connection saved at all says so first
                nothingToRun = new NoEnabledProfilesException(orgId);
            } catch (NoAdsSettingsException e) {
                nothingToRun = e;
            }
            logCouldNotStart(orgId, jobName, "Could not start: " + nothingToRun.getMessage(), nothingToRun, started);
            throw nothingToRun;
        }
        List<T> started = new ArrayList<>();
        RuntimeException first = null;
        for (AdvertisingProfile profile : profiles) {
            try {
                started.add(start.apply(profile));
            } catch (RuntimeException e) {
                log.warn("Profile {} of org {} did not start: {}", profile.profileId(), orgId, PlainWords.of(e));
                first = first == null ? e : first;
            }
        }
        if (started.isEmpty()) {
            throw first;
        }
        return started;
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

    /** A backfill of the last {@code days} of every enabled profile, one run per profile and report type. */
    public List<JobExecution> backfill(long orgId, int days, int batch) {
        checkDays(days);
        return eachProfile(orgId, JobNames.BACKFILL, profile -> backfill(orgId, profile.profileId(), days, batch))
                .stream().flatMap(List::stream).toList();
    }

    /** A backfill of the last {@code days} of one profile, one run per report type it syncs. */
    public List<JobExecution> backfill(long orgId, long profileId, int days, int batch) {
        checkDays(days);
        return eachType(orgId, profileId, type -> backfill(orgId, profileId, type, days, null, batch));
    }

    public JobExecution backfill(long orgId, long profileId, String reportType, int days, int batch) {
        checkDays(days);
        return backfill(orgId, profileId, ReportCatalog.of(reportType), days, null, batch);
    }

    /** The console's "backfill these days" for every enabled profile: see {@link #backfill(long, long, DateRange, int)}. */
    public List<JobExecution> backfill(long orgId, DateRange window, int batch) {
        return eachProfile(orgId, JobNames.BACKFILL, profile -> backfill(orgId, profile.profileId(), window, batch))
                .stream().flatMap(List::stream).toList();
    }

    /**
     * A backfill of the days of {@code window} not loaded yet (the console's "backfill these days"),
     * one run per report type the profile syncs.
     *
     * @throws IllegalArgumentException when the window reaches beyond Amazon's 95 days or past yesterday
     */
    public List<JobExecution> backfill(long orgId, long profileId, DateRange window, int batch) {
        LocalDate today = LocalDate.now(accounts.zone(orgId, profileId));
        if (window.start().isBefore(today.minusDays(RETENTION_DAYS))) {
            throw new IllegalArgumentException("Amazon keeps the last 95 days of reports: " + window.start()
                    + " is before " + today.minusDays(RETENTION_DAYS) + ", the oldest day it still has");
        }
        if (!window.end().isBefore(today)) {
            throw new IllegalArgumentException("Only days before today can be backfilled (today is " + today
                    + " in the profile's time zone and not over yet)");
        }
        int days = (int) ChronoUnit.DAYS.between(window.start(), today);
        return eachType(orgId, profileId, type -> backfill(orgId, profileId, type, days, window, batch));
    }

    private List<JobExecution> eachType(long orgId, long profileId, Function<ReportDefinition, JobExecution> start) {
        List<ReportDefinition> types = profiles.get(orgId, profileId).reportDefinitions();
        if (types.isEmpty()) {
            throw new IllegalArgumentException("Profile " + profileId + " syncs no report type: choose its types "
                    + "under Settings > Advertising profiles");
        }
        return types.stream().map(start).toList();
    }

    private static void checkDays(int days) {
        if (days < 1 || days > RETENTION_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and 95 (Amazon keeps 95 days), got " + days);
        }
    }

    private JobExecution backfill(long orgId, long profileId, ReportDefinition type, int days, DateRange window,
                                  int batch) {
        if (batch < 1 || batch > 20) {
            throw new IllegalArgumentException("batch must be between 1 and 20, got " + batch);
        }
        accounts.zone(orgId, profileId);
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addLong(JobNames.PROFILE_ID, profileId)
                .addString(JobNames.REPORT_TYPE, type.reportTypeId())
                .addLong(JobNames.DAYS, (long) days)
                .addLong(JobNames.BATCH, (long) batch)
                .addString(JobNames.RUN, Instant.now().toString());
        if (window != null) {
            parameters.addLocalDate(JobNames.FROM, window.start()).addLocalDate(JobNames.TO, window.end());
        }
        return runner.start(backfillJob, parameters.toJobParameters());
    }

    /**
     * "Sync Data": a fresh request of the refresh window of every enabled profile (or of one),
     * whatever ran today, then collect every {@code pollInterval} until the sync's reports are loaded
     * or {@code syncTimeout} passed; what is still processing stays pending for the next collect. For the whole
     * org (no {@code profileId}) the sales side runs beside it: a sales run of the SP-API's refresh window, when
     * the org has SP-API credentials, awaited within the same deadline.
     *
     * @param profileId one profile, or null for every enabled one
     */
    public SyncResult manualSync(long orgId, Long profileId) {
        Instant deadline = Instant.now().plus(properties.syncTimeout());
        JobExecution salesRun = profileId == null ? startSalesSide(orgId) : null;
        String run = "sync-" + Instant.now();
        List<JobExecution> requests = profileId != null
                ? List.of(syncRequest(orgId, profileId, run, deadline))
                : eachProfile(orgId, JobNames.REQUEST, profile -> syncRequest(orgId, profile.profileId(), run, deadline));
        List<Long> instanceIds = requests.stream().map(request -> request.getJobInstance().getInstanceId()).toList();
        JobExecution collect = null;
        while (requests.stream().anyMatch(request -> request.getStatus() == BatchStatus.COMPLETED)) {
            collect = runner.await(collectWithin(orgId, Duration.between(Instant.now(), deadline)),
                    Duration.between(Instant.now(), deadline));
            boolean waiting = reportsOf(instanceIds).stream()
                    .anyMatch(report -> PendingReport.PENDING.equals(report.status()));
            if (!waiting || Instant.now().plus(properties.pollInterval()).isAfter(deadline)
                    || !pause(properties.pollInterval())) {
                break;
            }
        }
        if (salesRun != null) {
            salesRun = runner.await(salesRun, Duration.between(Instant.now(), deadline));
        }
        return new SyncResult(requests, collect, reportsOf(instanceIds), salesRun);
    }

    /** The sales side of a sync; its failure to start is in sync_logs and must not stop the ads side. */
    private JobExecution startSalesSide(long orgId) {
        SalesJobs salesJobs = sales.getIfAvailable();
        if (salesJobs == null || !salesJobs.connected(orgId)) {
            return null;
        }
        try {
            return salesJobs.refresh(orgId, ReportOrigin.SYNC.value());
        } catch (RuntimeException e) {
            log.warn("The sales side of org {}'s sync did not start: {}", orgId, PlainWords.of(e));
            return null;
        }
    }

    private JobExecution syncRequest(long orgId, long profileId, String run, Instant deadline) {
        AdsAccount account = account(orgId, profileId, JobNames.REQUEST);
        return runner.await(runner.start(requestJob, new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addLong(JobNames.PROFILE_ID, profileId)
                .addString(JobNames.DAY, account.today().toString())
                .addString(JobNames.RUN, run)
                .addString(JobNames.ORIGIN, ReportOrigin.SYNC.value(), false)
                .toJobParameters()), Duration.between(Instant.now(), deadline));
    }

    private List<PendingReport> reportsOf(List<Long> instanceIds) {
        return instanceIds.stream().flatMap(id -> pendingReports.findByJobInstance(id).stream()).toList();
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

    /**
     * A manual sync's runs (one request per profile), its reports as they stand at the end, and the sales run
     * (null without SP-API credentials or for a one-profile sync).
     */
    public record SyncResult(List<JobExecution> requests, JobExecution lastCollect, List<PendingReport> reports,
                             JobExecution salesRun) {
    }

    /** Looks up the profile; a refusal is logged to sync_logs, since no job run exists to log it. */
    private AdsAccount account(long orgId, long profileId, String jobName) {
        Instant started = Instant.now();
        try {
            return accounts.account(orgId, profileId);
        } catch (RuntimeException e) {
            logCouldNotStart(orgId, jobName, "Could not start for profile " + profileId + ": " + PlainWords.of(e), e,
                    started);
            throw e;
        }
    }

    private void logCouldNotStart(long orgId, String jobName, String message, RuntimeException reason,
                                  Instant started) {
        syncLogs.insert(new SyncLog(0, orgId, SyncLog.SOURCE, jobName, SyncLog.ERROR, message, 0, started,
                Instant.now(), SyncLog.detailsJson(PlainWords.isCredentialsRefusal(reason)
                        ? Map.of(SyncLog.CREDENTIALS_REFUSED, true) : Map.of())));
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
