package io.adsync.web.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.web.console.ConsoleTasks;
import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

/**
 * The "Sync Data" button's runs. A manual sync polls Amazon for up to a few minutes, so it runs in
 * the background and the page asks for its progress; one sync per org at a time (a second click
 * shows the running one).
 */
@Component
public class ManualSyncs {

    private final AdsJobs jobs;
    private final JobHistory history;
    private final PendingReportRepository pendingReports;
    private final ConsoleTasks tasks;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    public ManualSyncs(AdsJobs jobs, JobHistory history, PendingReportRepository pendingReports, ConsoleTasks tasks) {
        this.jobs = jobs;
        this.history = history;
        this.pendingReports = pendingReports;
        this.tasks = tasks;
    }

    public SyncProgress start(long orgId) {
        Run run = runs.compute(orgId, (id, current) -> current != null && !current.future().isDone() ? current
                : new Run(Instant.now(), LocalDateTime.now(), tasks.submit(() -> jobs.manualSync(orgId, null))));
        return progress(orgId, run);
    }

    /** The org's running sync, or its last one; empty when none ran since the application started. */
    public Optional<SyncProgress> progress(long orgId) {
        return Optional.ofNullable(runs.get(orgId)).map(run -> progress(orgId, run));
    }

    public boolean running(long orgId) {
        Run run = runs.get(orgId);
        return run != null && !run.future().isDone();
    }

    private SyncProgress progress(long orgId, Run run) {
        if (!run.future().isDone()) {
            return new SyncProgress(run.startedAt(), true, reportsSoFar(orgId, run), null);
        }
        try {
            AdsJobs.SyncResult result = run.future().get();
            String error = result.requests().stream()
                    .filter(request -> request.getStatus() != BatchStatus.COMPLETED).findFirst()
                    .map(request -> "The request run #" + request.getId() + " ended " + request.getStatus() + ". "
                            + "See the Jobs page for why.")
                    .orElse(null);
            return new SyncProgress(run.startedAt(), false, result.reports(), error);
        } catch (ExecutionException e) {
            return new SyncProgress(run.startedAt(), false, List.of(), PlainWords.of(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncProgress(run.startedAt(), true, List.of(), null);
        }
    }

    /** The reports of the sync's request runs (one per profile), as far as they have made them. */
    private List<PendingReport> reportsSoFar(long orgId, Run run) {
        return history.executionsSince(JobNames.REQUEST, orgId, run.launched()).stream()
                .flatMap(request -> pendingReports.findByJobInstance(request.getJobInstance().getInstanceId()).stream())
                .toList();
    }

    /** @param launched the same moment as {@code startedAt}, on the clock Spring Batch records its times with */
    private record Run(Instant startedAt, LocalDateTime launched, Future<AdsJobs.SyncResult> future) {
    }
}
