package io.adsync.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.load.SkippedRowRecorder;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.RunReport;
import io.adsync.jobs.synclog.RunReporter;
import io.adsync.jobs.synclog.SyncLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Says in plain words what a sales run did, day by day: loaded, without data, on its way, waiting, failed. */
public class SalesRunReporter implements RunReporter {

    private final SalesPendingReports pendingReports;

    public SalesRunReporter(SalesPendingReports pendingReports) {
        this.pendingReports = pendingReports;
    }

    @Override
    public RunReport report(JobExecution execution) {
        String marketplaceId = execution.getJobParameters().getString(SalesJobConfiguration.MARKETPLACE_ID);
        List<SalesPendingReport> reports = pendingReports.ofJobInstance(execution.getJobInstance().getInstanceId());
        long loaded = 0;
        long noData = 0;
        long onTheirWay = 0;
        long rows = 0;
        List<String> failed = new ArrayList<>();
        for (SalesPendingReport report : reports) {
            switch (report.status()) {
                case SalesPendingReport.COMPLETED -> {
                    if ("CANCELLED".equals(report.amazonStatus())) {
                        noData++;
                    } else {
                        loaded++;
                        rows += report.rowsLoaded();
                    }
                }
                case SalesPendingReport.FAILED -> failed.add(report.date() + ": " + report.failureReason());
                default -> onTheirWay++;
            }
        }
        long waiting = 0;
        List<String> rejected = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long skippedCount = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals(SalesJobConfiguration.REQUEST_STEP)) {
                waiting += step.getFilterCount();
                rejected.addAll(strings(step, SalesJobConfiguration.REJECTED));
            }
            if (step.getStepName().startsWith(SalesJobConfiguration.LOAD_WORKER_STEP)) {
                skippedCount += step.getReadSkipCount();
                skipped.addAll(strings(step, SkippedRowRecorder.SKIPPED_ROWS));
            }
        }
        StringBuilder message = new StringBuilder("Sales and Traffic of marketplace ").append(marketplaceId)
                .append(": ").append(days(loaded)).append(" loaded (").append(rows).append(rows == 1 ? " SKU row)" : " SKU rows)");
        if (noData > 0) {
            message.append(", ").append(days(noData)).append(" without data (Amazon answered CANCELLED: loaded as zero)");
        }
        if (onTheirWay > 0) {
            message.append(", ").append(days(onTheirWay)).append(" still being generated (the next run collects them)");
        }
        if (waiting > 0) {
            message.append(", ").append(days(waiting)).append(" waiting for createReport's quota (one a minute, "
                    + "burst 15; the next run asks for them)");
        }
        message.append('.');
        if (!failed.isEmpty()) {
            message.append(' ').append(days(failed.size())).append(" failed: ").append(String.join("; ", failed));
            message.append(failed.get(failed.size() - 1).endsWith(".") ? "" : ".");
        }
        if (!rejected.isEmpty()) {
            message.append(" Amazon rejected ").append(String.join("; ", rejected));
        }
        if (skippedCount > 0) {
            message.append(" Skipped ").append(skippedCount).append(skippedCount == 1 ? " malformed entry: "
                    : " malformed entries: ").append(String.join("; ", skipped)).append('.');
        }
        String status = failed.isEmpty() && rejected.isEmpty() && skippedCount == 0 ? SyncLog.SUCCESS : SyncLog.PARTIAL;
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            status = SyncLog.ERROR;
            message.insert(0, "Sales and Traffic run failed: " + PlainWords.ofRun(execution)
                    + " The next run restarts it. ");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobExecutionId", execution.getId());
        details.put("marketplaceId", marketplaceId);
        details.put("loadedDays", loaded);
        details.put("noDataDays", noData);
        details.put("waitingDays", waiting);
        details.put("failed", failed);
        details.put("skippedRows", skipped);
        return new RunReport(status, message.toString(), rows, details);
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(StepExecution step, String key) {
        Object value = step.getExecutionContext().get(key);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
