package io.adsync.web.jobs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.adsync.ads.AdsApiException;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.account.NoAdsSettingsException;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.launch.OtherOrganizationExecutionException;
import io.adsync.jobs.launch.UnknownExecutionException;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.ConsoleTasks;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import io.adsync.web.profiles.ProfileSelection;
import io.adsync.web.profiles.ProfileSelections;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Jobs page: the org's recent runs with their steps' counts (refreshing itself while one runs),
 * the buttons that start, restart and stop runs, the backfill form, the reports and the sync log.
 * Every action answers with the refreshed list holding the run it started or touched, a one-line
 * outcome, and the {@value #JOBS_CHANGED} event on which the reports and the sync log refresh.
 */
@ConsoleController
public class JobsPageController {

    private static final Logger log = LoggerFactory.getLogger(JobsPageController.class);

    /** The htmx event of "runs have changed", sent by every action. */
    public static final String JOBS_CHANGED = "jobs-changed";
    static final int PENDING_LIMIT = 50;
    static final String PROFILES = "profiles";
    static final int SYNC_LOG_LIMIT = 30;
    /** A launch that takes longer (a collect first finishing a failed one) carries on in the background. */
    static final Duration LAUNCH_PATIENCE = Duration.ofSeconds(3);

    private final AdsJobs jobs;
    private final JobRunner runner;
    private final JobHistory history;
    private final JobRepository jobRepository;
    private final JobRuns runs;
    private final AdsAccounts accounts;
    private final PendingReportRepository pendingReports;
    private final SyncLogRepository syncLogs;
    private final ConsoleTasks tasks;
    private final ProfileSelections profileSelections;

    public JobsPageController(AdsJobs jobs, JobRunner runner, JobHistory history, JobRepository jobRepository,
                              JobRuns runs, AdsAccounts accounts, PendingReportRepository pendingReports,
                              SyncLogRepository syncLogs, ConsoleTasks tasks, ProfileSelections profileSelections) {
        this.jobs = jobs;
        this.runner = runner;
        this.history = history;
        this.jobRepository = jobRepository;
        this.runs = runs;
        this.accounts = accounts;
        this.pendingReports = pendingReports;
        this.syncLogs = syncLogs;
        this.tasks = tasks;
        this.profileSelections = profileSelections;
    }

    /**
     * The profile filter ({@code profileId}, none for all), for every request of the page: the page,
     * its polling and its actions all carry it, so an answer lists what the filter shows.
     */
    @ModelAttribute(PROFILES)
    public ProfileSelection profiles(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                                     @RequestParam(required = false) String profileId) {
        return profileSelections.select(org.id(), profileId);
    }

    @GetMapping("/jobs")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        live(org, null, model);
        return "jobs";
    }

    /**
     * The list's own refresh while a run is active, with the reports and the sync log out of band:
     * the three tables change in one swap, so the one that shows a run ended never shows the log
     * without its line.
     */
    @HxRequest
    @GetMapping("/jobs/live")
    public String refresh(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        live(org, null, model);
        model.addAttribute("activityOutOfBand", true);
        return "jobs :: refresh";
    }

    @HxRequest
    @GetMapping("/jobs/activity")
    public String activity(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        activity(org, accounts.displayZone(org.id()), model);
        return "jobs :: activity";
    }

    @HxRequest
    @HxTrigger(JOBS_CHANGED)
    @PostMapping("/jobs/request")
    public String runRequest(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        return act(org, model, () -> launch(org, "Request", JobNames.REQUEST, () -> jobs.requestDaily(org.id())));
    }

    @HxRequest
    @HxTrigger(JOBS_CHANGED)
    @PostMapping("/jobs/collect")
    public String runCollect(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        return act(org, model, () -> launch(org, "Collect", JobNames.COLLECT, () -> List.of(jobs.collect(org.id()))));
    }

    @HxRequest
    @HxTrigger(JOBS_CHANGED)
    @PostMapping("/jobs/backfill")
    public String runBackfill(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                              @RequestParam(defaultValue = "60") int days, @RequestParam(defaultValue = "5") int batch,
                              Model model) {
        return act(org, model, () -> {
            try {
                return launch(org, "Backfill", JobNames.BACKFILL, () -> jobs.backfill(org.id(), days, batch));
            } catch (IllegalArgumentException outOfRange) {
                // the days or batch typed into the form, refused in words written for the form
                return new Acted(Flash.error(outOfRange.getMessage()), null);
            }
        });
    }

    @HxRequest
    @HxTrigger(JOBS_CHANGED)
    @PostMapping("/jobs/{executionId}/restart")
    public String restart(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @PathVariable long executionId,
                          Model model) {
        return act(org, model, () -> onExisting(executionId, () -> {
            ConsoleTasks.Outcome<JobExecution> outcome;
            try {
                outcome = tasks.runOnce("restart:" + executionId, () -> runner.restart(executionId, org.id()),
                        LAUNCH_PATIENCE);
            } catch (IllegalStateException refused) {
                return whyNotRestarted(executionId);
            }
            if (outcome.stillRunning()) {
                return new Acted(Flash.ok("Restarting run #" + executionId + "; it appears below in a moment."), null);
            }
            long restarted = outcome.result().getId();
            return new Acted(Flash.ok("Restarted run #" + executionId + " as #" + restarted
                    + ": it continues where it stopped."), restarted);
        }));
    }

    @HxRequest
    @HxTrigger(JOBS_CHANGED)
    @PostMapping("/jobs/{executionId}/stop")
    public String stop(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @PathVariable long executionId,
                       Model model) {
        return act(org, model, () -> onExisting(executionId, () -> {
            try {
                runner.stop(executionId, org.id());
            } catch (IllegalStateException refused) {
                if (refused.getCause() instanceof JobExecutionNotRunningException) {
                    BatchStatus status = jobRepository.getJobExecution(executionId).getStatus();
                    return new Acted(status == BatchStatus.STOPPING
                            ? Flash.ok("Run #" + executionId + " is already stopping: it stops after the chunk it "
                                    + "is writing.")
                            : Flash.error("Run #" + executionId + " is not running (it is " + status
                                    + "), so there is nothing to stop."), executionId);
                }
                // Spring Batch records the run as stopped before it tells the running step; when telling fails
                // (the step is mid-update), the stop has happened all the same
                log.warn("Run #{} is stopped; telling its running step failed: {}", executionId, refused.getMessage());
            }
            return new Acted(Flash.ok("Asked run #" + executionId + " to stop: it stops after the chunk it is "
                    + "writing, and can be restarted later."), executionId);
        }));
    }

    /**
     * What a launch did and which run it concerns, for the list to show.
     *
     * @param executionId the run started or touched, to mark in the list; null when there is none (yet)
     */
    private record Acted(Flash flash, Long executionId) {
    }

    /**
     * Runs the action; whatever it did or why it could not, the page gets the outcome and the fresh
     * list. Refusals the user can act on are said here; anything else is the console's unexpected
     * error ({@link ConsoleAdvice}).
     */
    private String act(Organization org, Model model, Supplier<Acted> action) {
        Acted acted;
        try {
            acted = action.get();
        } catch (OtherOrganizationExecutionException | TaskRejectedException refused) {
            acted = new Acted(Flash.error(refused.getMessage()), null);
        } catch (AdsApiException | NoAdsSettingsException cannotStart) {
            acted = new Acted(Flash.error(PlainWords.of(cannotStart)), null);
        }
        model.addAttribute("flash", acted.flash());
        live(org, acted, model);
        return "jobs :: action";
    }

    /** A run id that is not (or no longer) in the job repository; say it as it is. */
    private static Acted onExisting(long executionId, Supplier<Acted> action) {
        try {
            return action.get();
        } catch (UnknownExecutionException unknown) {
            return new Acted(Flash.error("There is no run #" + executionId
                    + ": reload the page to see the current runs."), null);
        }
    }

    /**
     * Starts the job unless one of the org's runs of it is still going: a second click (or tab)
     * gets that run, not a second one. Clicks racing each other share one launch task.
     */
    /** Starts the job's runs (one per profile for request and backfill) unless the org's run of it is going. */
    private Acted launch(Organization org, String job, String jobName, Callable<List<JobExecution>> start) {
        ConsoleTasks.Outcome<Launch> outcome = tasks.runOnce(jobName + ":" + org.id(), () -> {
            JobExecution last = history.lastExecution(jobName, org.id());
            return last != null && last.isRunning() ? new Launch(List.of(last), false) : new Launch(start.call(), true);
        }, LAUNCH_PATIENCE);
        if (outcome.stillRunning()) {
            return new Acted(Flash.ok(job + " is starting (it first finishes the last failed " + job.toLowerCase()
                    + "); it appears below in a moment."), null);
        }
        List<JobExecution> executions = outcome.result().executions();
        long first = executions.get(0).getId();
        String runs = executions.stream().map(execution -> "#" + execution.getId()).collect(Collectors.joining(", "));
        String plural = executions.size() == 1 ? "run " : "runs ";
        if (!outcome.result().started()) {
            return new Acted(Flash.ok(job + " is already running as run " + runs + ": nothing new was started."),
                    first);
        }
        if (JobNames.REQUEST.equals(jobName)
                && executions.stream().allMatch(execution -> execution.getStatus() == BatchStatus.COMPLETED)) {
            return new Acted(Flash.ok(job + " already ran today as " + runs + " (Amazon is asked once a day per "
                    + "profile). For a fresh request of the last days, use Sync Data on the Reports page."), first);
        }
        return new Acted(Flash.ok(job + " started as " + plural + runs
                + (executions.size() == 1 ? "." : ", one per profile.")), first);
    }

    /** @param started false when the org's run of the job was already going and is answered instead */
    private record Launch(List<JobExecution> executions, boolean started) {
    }

    /** Spring Batch refused the restart: most often it was restarted already (a second click). */
    private Acted whyNotRestarted(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        JobExecution latest = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (latest != null && latest.getId() != executionId) {
            return new Acted(Flash.ok("Run #" + executionId + " was already restarted as #" + latest.getId() + "."),
                    latest.getId());
        }
        return new Acted(Flash.error("Run #" + executionId + " cannot be restarted: it is "
                + execution.getStatus() + ". Only a failed or stopped run can be."), executionId);
    }

    /** @param acted what an action just did, its run marked in the list; null for a plain refresh */
    private void live(Organization org, Acted acted, Model model) {
        ZoneId zone = accounts.displayZone(org.id());
        Activity activity = activity(org, zone, model);
        List<JobRun> recent = runs.recent(org.id(), zone, activity.reports(), activity.logs(), profiles(model));
        model.addAttribute("runs", recent);
        model.addAttribute("actedOn", acted == null ? null : acted.executionId());
        // after an action, look again shortly either way: a collect still starting is not listed yet
        model.addAttribute("polling", acted != null || recent.stream().anyMatch(JobRun::running));
    }

    /** The reports and the sync log; the list names its load steps and exit messages from them too. */
    private Activity activity(Organization org, ZoneId zone, Model model) {
        // the sync log is the org's: one line may tell of a run of several profiles
        Activity activity = new Activity(pendingReports.findByOrg(org.id(), profiles(model).filter(), PENDING_LIMIT),
                syncLogs.recent(org.id(), SYNC_LOG_LIMIT));
        model.addAttribute("zone", zone);
        model.addAttribute("pendingReports", activity.reports());
        model.addAttribute("syncLogs", activity.logs());
        return activity;
    }

    private record Activity(List<PendingReport> reports, List<SyncLog> logs) {
    }

    private static ProfileSelection profiles(Model model) {
        return (ProfileSelection) model.getAttribute(PROFILES);
    }
}
