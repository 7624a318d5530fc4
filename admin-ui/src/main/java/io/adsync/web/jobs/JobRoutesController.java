package io.adsync.web.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.ReportScope;
import io.adsync.jobs.backfill.BackfillResult;
import io.adsync.jobs.backfill.BackfillResults;
import io.adsync.jobs.collect.CollectSummaries;
import io.adsync.jobs.collect.CollectSummary;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.OrgId;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP routes for external schedulers and scripts: request, collect, backfill (bearer
 * {@code CRON_SECRET}) and the manual sync (admin login). Each waits a bounded time for its run and
 * answers what it did, or 202 with the {@code jobExecutionId} while the run carries on; a run that
 * fails answers {@code success:false} with the reason in plain words.
 */
@RestController
public class JobRoutesController {

    /** How long the backfill route waits before answering 202 and letting the run carry on. */
    static final Duration BACKFILL_WAIT = Duration.ofSeconds(270);

    private final AdsJobs jobs;
    private final JobRunner runner;
    private final PendingReportRepository pendingReports;
    private final CollectSummaries collectSummaries;
    private final BackfillResults backfillResults;
    /** How long the request and collect routes wait for their run. */
    private final Duration runWait;

    public JobRoutesController(AdsJobs jobs, JobRunner runner,
                               PendingReportRepository pendingReports, CollectSummaries collectSummaries,
                               BackfillResults backfillResults, JobsProperties properties) {
        this.jobs = jobs;
        this.runner = runner;
        this.pendingReports = pendingReports;
        this.collectSummaries = collectSummaries;
        this.backfillResults = backfillResults;
        this.runWait = properties.routeWait();
    }

    /** Every enabled profile's daily request, or one profile's with {@code profileId}; waits for all of them. */
    @GetMapping("/api/cron/amazon-ads-request")
    public ResponseEntity<Map<String, Object>> request(OrgId org, @RequestParam(required = false) Long profileId) {
        List<JobExecution> executions = (profileId != null
                ? List.of(jobs.requestDaily(org.value(), profileId)) : jobs.requestDaily(org.value()))
                .stream().map(execution -> runner.await(execution, runWait)).toList();
        Map<String, Object> body = outcome(executions);
        body.put("reports", executions.stream().flatMap(execution -> reportsOf(execution).stream()).toList());
        return respond(executions, body);
    }

    @GetMapping("/api/cron/amazon-ads-collect")
    public ResponseEntity<Map<String, Object>> collect(OrgId org) {
        JobExecution execution = runner.await(jobs.collect(org.value()), runWait);
        Map<String, Object> body = outcome(List.of(execution));
        putCollectSummary(body, collectSummaries.of(execution, new ReportScope(org.value(), null)));
        return respond(List.of(execution), body);
    }

    /** A backfill of every enabled profile (one run each), or of one with {@code profileId}. */
    @GetMapping("/api/backfill/amazon-ads")
    public ResponseEntity<Map<String, Object>> backfill(OrgId org,
                                                        @RequestParam(required = false) Long profileId,
                                                        @RequestParam(defaultValue = "60") int days,
                                                        @RequestParam(defaultValue = "5") int batch) {
        List<JobExecution> executions;
        try {
            executions = profileId != null
                    ? jobs.backfill(org.value(), profileId, days, batch)
                    : jobs.backfill(org.value(), days, batch);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Instant deadline = Instant.now().plus(BACKFILL_WAIT);
        executions = executions.stream()
                .map(execution -> runner.await(execution, Duration.between(Instant.now(), deadline))).toList();
        Map<String, Object> body = outcome(executions);
        List<BackfillResult> results = new ArrayList<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (JobExecution execution : executions) {
            List<BackfillResult> ofRun = backfillResults.of(execution);
            results.addAll(ofRun);
            Map<String, Object> run = run(execution);
            run.put("summary", BackfillResult.Summary.of(ofRun));
            runs.add(run);
        }
        body.put("runs", runs);
        body.put("summary", BackfillResult.Summary.of(results));
        body.put("results", results);
        return respond(executions, body);
    }

    @PostMapping("/api/reports/sync")
    public ResponseEntity<Map<String, Object>> sync(OrgId org, @RequestParam(required = false) Long profileId) {
        AdsJobs.SyncResult result = jobs.manualSync(org.value(), profileId);
        List<JobExecution> failedRequests = result.requests().stream()
                .filter(request -> request.getStatus() != BatchStatus.COMPLETED).toList();
        JobExecution last = !failedRequests.isEmpty() || result.lastCollect() == null
                ? (failedRequests.isEmpty() ? result.requests().get(0) : failedRequests.get(0)) : result.lastCollect();
        Map<String, Object> body = outcome(List.of(last));
        body.put("requestExecutionId", result.requests().get(0).getId());
        body.put("runs", result.requests().stream().map(JobRoutesController::run).toList());
        body.put("reports", result.reports().stream().map(JobRoutesController::describe).toList());
        body.put("requested", result.reports().size());
        body.put("loaded", result.reports().stream().filter(r -> PendingReport.COMPLETED.equals(r.status())).count());
        body.put("pending", result.reports().stream().filter(r -> PendingReport.PENDING.equals(r.status())).count());
        body.put("rows", result.reports().stream().mapToLong(PendingReport::rowsLoaded).sum());
        return respond(List.of(last), body);
    }

    private List<Map<String, Object>> reportsOf(JobExecution execution) {
        return pendingReports.findByJobInstance(execution.getJobInstance().getInstanceId()).stream()
                .map(JobRoutesController::describe).toList();
    }

    private static Map<String, Object> describe(PendingReport report) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("profileId", report.profileId());
        item.put("reportType", report.reportType());
        item.put("startDate", report.startDate().toString());
        item.put("endDate", report.endDate().toString());
        item.put("reportId", report.reportId());
        item.put("status", report.status());
        item.put("rows", report.rowsLoaded());
        return item;
    }

    private static void putCollectSummary(Map<String, Object> body, CollectSummary summary) {
        body.put("completed", summary.completed());
        body.put("failed", summary.failed());
        body.put("pending", summary.pending());
        body.put("rows", summary.rows());
        body.put("skippedRows", summary.skippedRows());
        body.put("rateLimited", summary.rateLimited());
    }

    /**
     * {@code success} when no run failed, {@code jobExecutionId} the first run's, {@code runs} each
     * profile's run, {@code error} the first failed run's reason.
     */
    private static Map<String, Object> outcome(List<JobExecution> executions) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<JobExecution> failed = executions.stream().filter(JobRoutesController::failed).toList();
        body.put("success", failed.isEmpty());
        body.put("jobExecutionId", executions.get(0).getId());
        body.put("status", (failed.isEmpty() ? executions.get(0) : failed.get(0)).getStatus().name());
        if (!failed.isEmpty()) {
            body.put("error", PlainWords.ofRun(failed.get(0)));
        }
        body.put("runs", executions.stream().map(JobRoutesController::run).toList());
        return body;
    }

    private static Map<String, Object> run(JobExecution execution) {
        Map<String, Object> run = new LinkedHashMap<>();
        Long profileId = execution.getJobParameters().getLong(JobNames.PROFILE_ID);
        if (profileId != null) {
            run.put("profileId", profileId);
        }
        run.put("jobExecutionId", execution.getId());
        run.put("status", execution.getStatus().name());
        if (failed(execution)) {
            run.put("error", PlainWords.ofRun(execution));
        }
        return run;
    }

    private static boolean failed(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED
                || execution.getStatus() == BatchStatus.ABANDONED;
    }

    /** 202 while a run carries on, 502 when one failed, else 200. */
    private static ResponseEntity<Map<String, Object>> respond(List<JobExecution> executions,
                                                               Map<String, Object> body) {
        if (executions.stream().anyMatch(JobExecution::isRunning)) {
            body.put("message", "The run is still going; follow it on the Jobs page or in sync_logs.");
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
        }
        return Boolean.TRUE.equals(body.get("success")) ? ResponseEntity.ok(body)
                : ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
    }
}
