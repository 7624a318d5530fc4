package io.adsync.web.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.backfill.BackfillPlan;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.pending.DateRange;
import io.adsync.web.console.Flash;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * "Backfill these days", as the Coverage and Reports pages offer it: one backfill of exactly the days
 * not loaded (the run skips the loaded ones between them), never a second one while one runs.
 */
@Component
public class ConsoleBackfill {

    /** Reports in flight at once (the backfill form's default). */
    static final int BATCH = 5;

    private final AdsJobs jobs;
    private final JobHistory history;
    private final AdsAccounts accounts;

    public ConsoleBackfill(AdsJobs jobs, JobHistory history, AdsAccounts accounts) {
        this.jobs = jobs;
        this.history = history;
        this.accounts = accounts;
    }

    /** The org's backfill while it runs: pages showing its effect refresh until it ends. */
    public Optional<JobExecution> running(long orgId) {
        return Optional.ofNullable(history.lastExecution(JobNames.BACKFILL, orgId)).filter(JobExecution::isRunning);
    }

    /**
     * The days the org's running backfill is fetching (the loaded ones among them it skips); none
     * when no backfill runs.
     */
    public Optional<DateRange> runningWindow(long orgId) {
        return running(orgId).map(execution -> {
            JobParameters parameters = execution.getJobParameters();
            return BackfillPlan.window(accounts.today(orgId), parameters.getLong(JobNames.DAYS).intValue(),
                    parameters.getLocalDate(JobNames.FROM), parameters.getLocalDate(JobNames.TO));
        });
    }

    /**
     * Synchronized: two clicks arriving together must not both find no backfill running (the launch
     * records its execution before it returns, so the second one then finds the first).
     *
     * @param notLoaded the days the page found without a loaded report, oldest first
     */
    public Flash start(long orgId, List<LocalDate> notLoaded) {
        return start(orgId, null, notLoaded);
    }

    /** As {@link #start(long, List)}, for one profile ({@code profileId} null: every enabled one). */
    public synchronized Flash start(long orgId, Long profileId, List<LocalDate> notLoaded) {
        Optional<JobExecution> running = running(orgId);
        if (running.isPresent()) {
            return Flash.ok("A backfill is already running (run #" + running.get().getId()
                    + "); this page updates itself as its days load.");
        }
        LocalDate today = accounts.today(orgId);
        LocalDate oldest = today.minusDays(AdsJobs.RETENTION_DAYS);
        List<LocalDate> reachable = notLoaded.stream()
                .filter(day -> !day.isBefore(oldest) && day.isBefore(today)).toList();
        String beyond = notLoaded.size() == reachable.size() ? ""
                : " " + (notLoaded.size() - reachable.size()) + " of the days are older than the 95 days Amazon keeps "
                + "(before " + oldest + ") and cannot be fetched any more.";
        if (reachable.isEmpty()) {
            return Flash.error("Nothing can be backfilled:" + beyond);
        }
        DateRange window = new DateRange(reachable.get(0), reachable.get(reachable.size() - 1));
        List<JobExecution> executions = profileId == null ? jobs.backfill(orgId, window, BATCH)
                : jobs.backfill(orgId, profileId, window, BATCH);
        String runs = executions.stream().map(execution -> "#" + execution.getId()).collect(Collectors.joining(", "));
        return Flash.ok("Backfill started as " + (executions.size() == 1 ? "run " : "runs ") + runs
                + ": it requests the " + reachable.size()
                + (reachable.size() == 1 ? " day" : " days") + " not loaded between " + reachable.get(0) + " and "
                + reachable.get(reachable.size() - 1) + "; this page updates itself as they load." + beyond);
    }
}
