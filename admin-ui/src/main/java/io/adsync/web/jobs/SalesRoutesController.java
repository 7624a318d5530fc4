package io.adsync.web.jobs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.sales.SalesJobs;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.OrgId;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales side's routes for external schedulers (bearer {@code CRON_SECRET}, like the Ads routes): the refresh
 * window and a backfill of up to two years. Each waits up to {@code adsync.jobs.route-wait} (270 s) for its run
 * and answers every day of it with its status and rows, or 202 with the {@code jobExecutionId} while it carries on.
 */
@RestController
public class SalesRoutesController {

    private final SalesJobs sales;
    private final Duration runWait;

    public SalesRoutesController(SalesJobs sales, JobsProperties properties) {
        this.sales = sales;
        this.runWait = properties.routeWait();
    }

    @GetMapping("/api/cron/sales-traffic")
    public ResponseEntity<Map<String, Object>> refresh(OrgId org) {
        return respond(sales.await(sales.refresh(org.value(), "request"), runWait));
    }

    @GetMapping("/api/backfill/sales-traffic")
    public ResponseEntity<Map<String, Object>> backfill(OrgId org, @RequestParam(defaultValue = "730") int days) {
        JobExecution run;
        try {
            run = sales.backfill(org.value(), days);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return respond(sales.await(run, runWait));
    }

    /** 202 while the run carries on, 502 when it failed, else 200; {@code days} in every case. */
    private ResponseEntity<Map<String, Object>> respond(JobExecution run) {
        boolean failed = run.getStatus() == BatchStatus.FAILED || run.getStatus() == BatchStatus.STOPPED
                || run.getStatus() == BatchStatus.ABANDONED;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", !failed);
        body.put("jobExecutionId", run.getId());
        body.put("status", run.getStatus().name());
        if (failed) {
            body.put("error", PlainWords.ofRun(run));
        }
        body.put("days", sales.days(run));
        if (run.isRunning()) {
            body.put("message", "The run is still going; follow it on the Jobs page or in sync_logs.");
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
        }
        return failed ? ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body) : ResponseEntity.ok(body);
    }
}
