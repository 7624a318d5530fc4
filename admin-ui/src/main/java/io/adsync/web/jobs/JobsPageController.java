package io.adsync.web.jobs;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.launch.UnknownExecutionException;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.ConsoleTasks;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Jobs page: every recent run with its steps' counts (refreshing itself while one runs), the
 * buttons that start, restart and stop runs, the backfill form, the pending reports and the sync
 * log. Every action answers with the refreshed list and a one-line outcome.
 */
@ConsoleController
public class JobsPageController {

    static final int PENDING_LIMIT = 50;
    static final int SYNC_LOG_LIMIT = 30;
    /** A launch that takes longer (a collect first finishing a failed one) carries on in the background. */
    static final Duration LAUNCH_PATIENCE = Duration.ofSeconds(3);

    private final AdsJobs jobs;
    private final JobRunner runner;
    private final JobRuns runs;
    private final PendingReportRepository pendingReports;
    private final SyncLogRepository syncLogs;
    private final ConsoleTasks tasks;

    public JobsPageController(AdsJobs jobs, JobRunner runner, JobRuns runs, PendingReportRepository pendingReports,
                              SyncLogRepository syncLogs, ConsoleTasks tasks) {
        this.jobs = jobs;
        this.runner = runner;
        this.runs = runs;
        this.pendingReports = pendingReports;
        this.syncLogs = syncLogs;
        this.tasks = tasks;
    }

    @GetMapping("/jobs")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        live(org, false, model);
        return "jobs";
    }

    @GetMapping("/jobs/live")
    public String refresh(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        live(org, false, model);
        return "jobs :: live";
    }

    @PostMapping("/jobs/request")
    public String runRequest(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        return act(org, model, () -> launched("Request", tasks.run(() -> jobs.requestDaily(org.id()),
                LAUNCH_PATIENCE)));
    }

    @PostMapping("/jobs/collect")
    public String runCollect(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        return act(org, model, () -> launched("Collect", tasks.run(() -> jobs.collect(org.id()), LAUNCH_PATIENCE)));
    }

    @PostMapping("/jobs/backfill")
    public String runBackfill(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                              @RequestParam(defaultValue = "60") int days, @RequestParam(defaultValue = "5") int batch,
                              Model model) {
        return act(org, model, () -> launched("Backfill", new ConsoleTasks.Outcome<>(
                jobs.backfill(org.id(), days, batch), false)));
    }

    @PostMapping("/jobs/{executionId}/restart")
    public String restart(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @PathVariable long executionId,
                          Model model) {
        return act(org, model, () -> onExisting(executionId, () -> {
            JobExecution restarted = runner.restart(executionId);
            return Flash.ok("Restarted run #" + executionId + " as #" + restarted.getId()
                    + ": it continues where it stopped.");
        }));
    }

    @PostMapping("/jobs/{executionId}/stop")
    public String stop(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @PathVariable long executionId,
                       Model model) {
        return act(org, model, () -> onExisting(executionId, () -> {
            runner.stop(executionId);
            return Flash.ok("Asked run #" + executionId + " to stop: it stops after the chunk it is writing, "
                    + "and can be restarted later.");
        }));
    }

    /** Runs the action; whatever it did or why it could not, the page gets the outcome and the fresh list. */
    private String act(Organization org, Model model, Supplier<Flash> action) {
        Flash flash;
        try {
            flash = action.get();
        } catch (RuntimeException e) {
            flash = Flash.error(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
        model.addAttribute("flash", flash);
        live(org, true, model);
        return "jobs :: action";
    }

    /** A run id that is not (or no longer) in the job repository; say it as it is. */
    private static Flash onExisting(long executionId, Supplier<Flash> action) {
        try {
            return action.get();
        } catch (UnknownExecutionException unknown) {
            return Flash.error("There is no run #" + executionId + ": reload the page to see the current runs.");
        }
    }

    private static Flash launched(String job, ConsoleTasks.Outcome<JobExecution> outcome) {
        if (outcome.stillRunning()) {
            return Flash.ok(job + " is starting (it first finishes the last failed " + job.toLowerCase()
                    + "); it appears below in a moment.");
        }
        JobExecution execution = outcome.result();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return Flash.ok(job + " already ran today as #" + execution.getId() + " (Amazon is asked once a day). "
                    + "For a fresh request of the last days, use Sync Data on the Reports page.");
        }
        return Flash.ok(job + " started as run #" + execution.getId() + ".");
    }

    /**
     * @param justActed a run just launched may not be in the list yet: look again shortly either way
     */
    private void live(Organization org, boolean justActed, Model model) {
        List<PendingReport> reports = pendingReports.findByOrg(org.id(), PENDING_LIMIT);
        List<SyncLog> logs = syncLogs.recent(org.id(), SYNC_LOG_LIMIT);
        List<JobRun> recent = runs.recent(org.id(), reports, logs);
        model.addAttribute("runs", recent);
        model.addAttribute("pendingReports", reports);
        model.addAttribute("syncLogs", logs);
        model.addAttribute("polling", justActed || recent.stream().anyMatch(JobRun::running));
    }
}
