package io.adsync.jobs.collect;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.ReportScope;
import io.adsync.jobs.load.SkippedRowRecorder;
import io.adsync.jobs.synclog.PlainWords;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a collect run's outcome off its step executions and the pending reports table. */
@Component
public class CollectSummaries {

    private final JdbcClient jdbc;

    public CollectSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CollectSummary of(JobExecution execution, ReportScope scope) {
        int completed = 0;
        long rows = 0;
        long skipped = 0;
        boolean rateLimited = false;
        List<String> skipReasons = new ArrayList<>();
        List<String> loadErrors = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            rateLimited |= step.getExecutionContext().containsKey(ReportPoller.RATE_LIMITED);
            @SuppressWarnings("unchecked")
            List<String> pollErrors = (List<String>) step.getExecutionContext().get(ReportPoller.POLL_ERRORS);
            if (pollErrors != null) {
                loadErrors.addAll(pollErrors);
            }
            if (!step.getStepName().startsWith(JobNames.LOAD_WORKER_STEP + ":")) {
                continue;
            }
            rows += step.getWriteCount();
            skipped += step.getReadSkipCount();
            if (step.getStatus() == BatchStatus.COMPLETED) {
                completed++;
            }
            step.getFailureExceptions().forEach(failure -> loadErrors.add(PlainWords.of(failure)));
            @SuppressWarnings("unchecked")
            List<String> reasons = (List<String>) step.getExecutionContext().get(SkippedRowRecorder.SKIPPED_ROWS);
            if (reasons != null) {
                skipReasons.addAll(reasons);
            }
        }
        Timestamp since = Timestamp.from(execution.getCreateTime().atZone(ZoneId.systemDefault()).toInstant());
        int failed = jdbc.sql("select count(*) from amazon_ads_pending_reports where " + scope.where()
                        + " and status = 'failed' and updated_at >= ?")
                .params(scope.params(since)).query(Integer.class).single();
        int pending = jdbc.sql("select count(*) from amazon_ads_pending_reports where " + scope.where()
                        + " and status = 'pending'")
                .params(scope.params()).query(Integer.class).single();
        return new CollectSummary(completed, failed, pending, rows, skipped, rateLimited, skipReasons, loadErrors);
    }
}
