package io.adsync.jobs.collect;

import java.util.LinkedHashMap;
import java.util.Map;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.ReportScope;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.RunReport;
import io.adsync.jobs.synclog.RunReporter;
import io.adsync.jobs.synclog.SyncLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Says what a collect run did: reports completed, failed and still pending, rows, skipped rows. */
public class CollectReporter implements RunReporter {

    private final CollectSummaries summaries;

    public CollectReporter(CollectSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public RunReport report(JobExecution execution) {
        long orgId = execution.getJobParameters().getLong(JobNames.ORG_ID);
        CollectSummary summary = summaries.of(execution, new ReportScope(orgId, null));
        return describe(execution, summary);
    }

    static RunReport describe(JobExecution execution, CollectSummary summary) {
        StringBuilder message = new StringBuilder()
                .append("Loaded ").append(summary.rows()).append(" rows from ").append(summary.completed())
                .append(summary.completed() == 1 ? " report" : " reports")
                .append("; ").append(summary.failed()).append(" failed, ")
                .append(summary.pending()).append(" still pending.");
        if (summary.skippedRows() > 0) {
            message.append(" Skipped ").append(summary.skippedRows()).append(" malformed rows: ")
                    .append(String.join("; ", summary.skipReasons())).append('.');
        }
        if (summary.rateLimited()) {
            message.append(" Amazon rate-limited polling (429); the remaining reports are polled by the next run.");
        }
        boolean completedRun = execution.getStatus() == BatchStatus.COMPLETED;
        if (completedRun && !summary.loadErrors().isEmpty()) {
            message.append(" Not polled or loaded, retried by the next run: ")
                    .append(String.join("; ", summary.loadErrors())).append('.');
        }
        String status;
        if (!completedRun) {
            status = SyncLog.ERROR;
            String reason = PlainWords.ofRun(execution);
            message.insert(0, "Collect failed: " + reason + " ");
        } else if (summary.skippedRows() > 0 || summary.failed() > 0 || summary.rateLimited()
                || !summary.loadErrors().isEmpty()) {
            status = SyncLog.PARTIAL;
        } else {
            status = SyncLog.SUCCESS;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobExecutionId", execution.getId());
        details.put("completed", summary.completed());
        details.put("failed", summary.failed());
        details.put("pending", summary.pending());
        details.put("skippedRows", summary.skippedRows());
        details.put("skipReasons", summary.skipReasons());
        details.put("loadErrors", summary.loadErrors());
        details.put("rateLimited", summary.rateLimited());
        return new RunReport(status, message.toString(), summary.rows(), details);
    }
}
