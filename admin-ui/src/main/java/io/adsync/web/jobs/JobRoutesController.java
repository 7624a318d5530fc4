package io.adsync.web.jobs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.ads.AdsApiException;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.account.NoAdsSettingsException;
import io.adsync.jobs.ReportScope;
import io.adsync.jobs.backfill.BackfillResult;
import io.adsync.jobs.backfill.BackfillResults;
import io.adsync.jobs.collect.CollectSummaries;
import io.adsync.jobs.collect.CollectSummary;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.web.api.ApiError;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.OrgId;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @GetMapping("/api/cron/amazon-ads-request")
    public ResponseEntity<Map<String, Object>> request(OrgId org) {
        JobExecution execution = runner.await(jobs.requestDaily(org.value()), runWait);
        Map<String, Object> body = outcome(execution);
        body.put("reports", reportsOf(execution));
        return execution.isRunning() ? stillRunning(body) : respond(execution, body);
    }

    @GetMapping("/api/cron/amazon-ads-collect")
    public ResponseEntity<Map<String, Object>> collect(OrgId org) {
        JobExecution execution = runner.await(jobs.collect(org.value()), runWait);
        Map<String, Object> body = outcome(execution);
        putCollectSummary(body, collectSummaries.of(execution, new ReportScope(org.value(), null)));
        return execution.isRunning() ? stillRunning(body) : respond(execution, body);
    }

    @GetMapping("/api/backfill/amazon-ads")
    public ResponseEntity<Map<String, Object>> backfill(OrgId org,
                                                        @RequestParam(defaultValue = "60") int days,
                                                        @RequestParam(defaultValue = "5") int batch) {
        JobExecution execution;
        try {
            execution = jobs.backfill(org.value(), days, batch);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        execution = runner.await(execution, BACKFILL_WAIT);
        Map<String, Object> body = outcome(execution);
        List<BackfillResult> results = backfillResults.of(execution);
        body.put("summary", BackfillResult.Summary.of(results));
        body.put("results", results);
        return execution.isRunning() ? stillRunning(body) : respond(execution, body);
    }

    @PostMapping("/api/reports/sync")
    public ResponseEntity<Map<String, Object>> sync(OrgId org) {
        AdsJobs.SyncResult result = jobs.manualSync(org.value());
        JobExecution last = result.lastCollect() == null ? result.request() : result.lastCollect();
        Map<String, Object> body = outcome(result.request().getStatus() != BatchStatus.COMPLETED
                ? result.request() : last);
        body.put("requestExecutionId", result.request().getId());
        body.put("reports", result.reports().stream().map(JobRoutesController::describe).toList());
        body.put("requested", result.reports().size());
        body.put("loaded", result.reports().stream().filter(r -> PendingReport.COMPLETED.equals(r.status())).count());
        body.put("pending", result.reports().stream().filter(r -> PendingReport.PENDING.equals(r.status())).count());
        body.put("rows", result.reports().stream().mapToLong(PendingReport::rowsLoaded).sum());
        return respond(last, body);
    }

    /** Amazon refused the credentials, or none are saved: nothing could start. */
    @ExceptionHandler({AdsApiException.class, NoAdsSettingsException.class})
    public ResponseEntity<ApiError> cannotStart(RuntimeException e) {
        HttpStatus status = e instanceof NoAdsSettingsException ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(ApiError.of(PlainWords.of(e)));
    }

    private List<Map<String, Object>> reportsOf(JobExecution execution) {
        return pendingReports.findByJobInstance(execution.getJobInstance().getInstanceId()).stream()
                .map(JobRoutesController::describe).toList();
    }

    private static Map<String, Object> describe(PendingReport report) {
        Map<String, Object> item = new LinkedHashMap<>();
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

    private static Map<String, Object> outcome(JobExecution execution) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean failed = execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED
                || execution.getStatus() == BatchStatus.ABANDONED;
        body.put("success", !failed);
        body.put("jobExecutionId", execution.getId());
        body.put("status", execution.getStatus().name());
        if (failed) {
            body.put("error", PlainWords.ofRun(execution));
        }
        return body;
    }

    private static ResponseEntity<Map<String, Object>> stillRunning(Map<String, Object> body) {
        body.put("message", "The run is still going; follow it on the Jobs page or in sync_logs.");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    private static ResponseEntity<Map<String, Object>> respond(JobExecution execution, Map<String, Object> body) {
        return Boolean.TRUE.equals(body.get("success")) ? ResponseEntity.ok(body)
                : ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
    }
}
