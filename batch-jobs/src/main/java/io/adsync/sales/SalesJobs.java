package io.adsync.sales;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.spapi.SpApiCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ways a sales run starts: the daily refresh (the scheduler and {@code /api/cron/sales-traffic}), a backfill of
 * up to two years ({@code /api/backfill/sales-traffic}) and the console's Sync Data. One run of an org at a time:
 * while one runs a call answers with it; a failed one is restarted first, so a half-loaded day resumes where it
 * stopped. Never waits for a run itself: callers wait as long as they choose.
 */
@Service
public class SalesJobs {

    private static final Logger log = LoggerFactory.getLogger(SalesJobs.class);

    private final JobRunner runner;
    private final JobHistory history;
    private final SalesAccounts accounts;
    private final SalesPendingReports pendingReports;
    private final SyncLogRepository syncLogs;
    private final SalesProperties properties;
    private final JdbcClient jdbc;
    private final Job salesJob;

    public SalesJobs(JobRunner runner, JobHistory history, SalesAccounts accounts, SalesPendingReports pendingReports,
                     SyncLogRepository syncLogs, SalesProperties properties, JdbcClient jdbc,
                     @Qualifier(SalesJobConfiguration.JOB) Job salesJob) {
        this.runner = runner;
        this.history = history;
        this.accounts = accounts;
        this.pendingReports = pendingReports;
        this.syncLogs = syncLogs;
        this.properties = properties;
        this.jdbc = jdbc;
        this.salesJob = salesJob;
    }

    /** Whether the org has SP-API credentials (the scheduler and Sync Data skip the sales side without). */
    public boolean connected(long orgId) {
        return accounts.hasCredentials(orgId);
    }

    /** The refresh window: every day of the last {@code adsync.sales.refresh-days}; a new run at every call. */
    public JobExecution refresh(long orgId, String origin) {
        return start(orgId, properties.refreshDays(), origin, Instant.now().toString());
    }

    /**
     * The scheduled daily refresh: identified by org, marketplace and the marketplace's day, so the schedule's
     * later checks of the day (and other instances) find the day's run instead of starting another.
     */
    public JobExecution daily(long orgId) {
        String marketplaceId = accounts.credentials(orgId).marketplaceId();
        return start(orgId, properties.refreshDays(), "request",
                "daily-" + LocalDate.now(SalesAccounts.marketplace(marketplaceId).zone()));
    }

    /** The marketplace's time zone of the org's SP-API connection. */
    public ZoneId zone(long orgId) {
        return SalesAccounts.marketplace(accounts.credentials(orgId).marketplaceId()).zone();
    }

    /** Orgs with SP-API credentials. */
    public List<Long> connectedOrgs() {
        return accounts.connectedOrgs();
    }

    /**
     * The last {@code days} days: the refresh window again, and the older days not loaded yet.
     *
     * @throws IllegalArgumentException outside 1..730 (the SP-API keeps two years)
     */
    public JobExecution backfill(long orgId, int days) {
        if (days < 1 || days > SalesProperties.RETENTION_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and 730 (Amazon keeps two years of sales and "
                    + "traffic), got " + days);
        }
        return start(orgId, days, "backfill", Instant.now().toString());
    }

    private JobExecution start(long orgId, int days, String origin, String run) {
        Instant started = Instant.now();
        SpApiCredentials credentials;
        try {
            credentials = accounts.credentials(orgId);
        } catch (RuntimeException e) {
            syncLogs.insert(new SyncLog(0, orgId, SyncLog.SOURCE, SalesJobConfiguration.JOB, SyncLog.ERROR,
                    "Could not start: " + PlainWords.of(e), 0, started, Instant.now(), null));
            throw e;
        }
        runner.recoverOrphans(SalesJobConfiguration.JOB);
        JobExecution last = history.lastExecution(SalesJobConfiguration.JOB, orgId);
        if (last != null && last.isRunning()) {
            log.info("Sales run #{} of org {} is still running; not starting another beside it", last.getId(), orgId);
            return last;
        }
        if (last != null && JobRunner.isRestartable(last)) {
            if (executionsOf(last) < 3) {
                log.info("Restarting failed sales run #{} of org {} first", last.getId(), orgId);
                return runner.restart(last);
            }
            // failed again after two restarts: something a person must fix; a new run asks afresh
            runner.abandon(last);
        }
        return runner.start(salesJob, new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, orgId)
                .addString(SalesJobConfiguration.MARKETPLACE_ID, credentials.marketplaceId())
                .addLong(JobNames.DAYS, (long) days)
                .addString(JobNames.RUN, run)
                .addString(JobNames.ORIGIN, origin, false)
                .toJobParameters());
    }

    private long executionsOf(JobExecution execution) {
        return jdbc.sql("select count(*) from batch_job_execution where job_instance_id = ?")
                .param(execution.getJobInstance().getInstanceId()).query(Long.class).single();
    }

    /** Waits until the run ended or {@code timeout} passed; its latest state. */
    public JobExecution await(JobExecution execution, Duration timeout) {
        return runner.await(execution, timeout);
    }

    /** Every day of the run's window, newest first, with what became of it. */
    public List<SalesDay> days(JobExecution execution) {
        String marketplaceId = execution.getJobParameters().getString(SalesJobConfiguration.MARKETPLACE_ID);
        long orgId = execution.getJobParameters().getLong(JobNames.ORG_ID);
        int days = execution.getJobParameters().getLong(JobNames.DAYS).intValue();
        ZoneId zone = SalesAccounts.marketplace(marketplaceId).zone();
        Instant created = execution.getCreateTime() == null ? Instant.now()
                : execution.getCreateTime().atZone(ZoneId.systemDefault()).toInstant();
        LocalDate today = LocalDate.ofInstant(created, zone);
        Map<LocalDate, SalesPendingReport> ofRun = new HashMap<>();
        for (SalesPendingReport report : pendingReports.ofJobInstance(execution.getJobInstance().getInstanceId())) {
            ofRun.put(report.date(), report);
        }
        Map<LocalDate, Long> covered = new HashMap<>();
        jdbc.sql("select date, rows from sales_coverage where org_id = ? and marketplace_id = ? and date between ? and ?")
                .params(orgId, marketplaceId, today.minusDays(days), today.minusDays(1))
                .query(rs -> {
                    covered.put(rs.getObject("date", LocalDate.class), rs.getLong("rows"));
                });
        List<SalesDay> result = new ArrayList<>();
        for (LocalDate day : SalesDays.window(today, days)) {
            SalesPendingReport report = ofRun.get(day);
            if (report == null) {
                result.add(covered.containsKey(day) ? new SalesDay(day, SalesDay.LOADED_EARLIER, covered.get(day))
                        : new SalesDay(day, SalesDay.WAITING, 0));
            } else if (SalesPendingReport.COMPLETED.equals(report.status())) {
                boolean cancelled = "CANCELLED".equals(report.amazonStatus());
                result.add(new SalesDay(day, cancelled ? SalesDay.NO_DATA : SalesDay.LOADED,
                        covered.getOrDefault(day, report.rowsLoaded())));
            } else if (SalesPendingReport.FAILED.equals(report.status())) {
                result.add(new SalesDay(day, SalesDay.FAILED, 0));
            } else {
                result.add(new SalesDay(day, SalesDay.REQUESTED, 0));
            }
        }
        return result;
    }
}
