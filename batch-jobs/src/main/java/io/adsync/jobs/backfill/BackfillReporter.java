package io.adsync.jobs.backfill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.RunReport;
import io.adsync.jobs.synclog.RunReporter;
import io.adsync.jobs.synclog.SyncLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Says what a backfill run fetched, skipped and could not get. */
public class BackfillReporter implements RunReporter {

    private final BackfillResults results;

    public BackfillReporter(BackfillResults results) {
        this.results = results;
    }

    @Override
    public RunReport report(JobExecution execution) {
        List<BackfillResult> days = results.of(execution);
        BackfillResult.Summary summary = BackfillResult.Summary.of(days);
        String message = "Backfill of " + summary.total() + " days: " + summary.fetched() + " fetched ("
                + summary.rows() + " rows), " + summary.skipped() + " already loaded, " + summary.errors()
                + " errors, " + summary.timeouts() + " timed out.";
        String status = summary.errors() + summary.timeouts() > 0 ? SyncLog.PARTIAL : SyncLog.SUCCESS;
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            status = SyncLog.ERROR;
            String reason = PlainWords.ofRun(execution);
            message = "Backfill failed: " + reason + " Restart it from the Jobs page to carry on. " + message;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobExecutionId", execution.getId());
        details.put("summary", summary);
        return new RunReport(status, message, summary.rows(), details);
    }
}
