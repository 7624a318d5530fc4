package io.adsync.sales;

import io.adsync.jobs.synclog.PlainWords;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * A day's load around its chunks: a fresh load notes when it began (rows older than that are not in the report);
 * a finished one completes the day ({@link SalesCompletion}, only now, so no day is ever covered with half its
 * rows); a failed one keeps the report pending with the reason until it has failed too often.
 */
public class SalesLoadListener implements StepExecutionListener {

    private final SalesPendingReports pendingReports;
    private final SalesCompletion completion;
    private final long pendingReportId;
    private final int maxAttempts;

    public SalesLoadListener(SalesPendingReports pendingReports, SalesCompletion completion, long pendingReportId,
                             int maxAttempts) {
        this.pendingReports = pendingReports;
        this.completion = completion;
        this.pendingReportId = pendingReportId;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!stepExecution.getExecutionContext().containsKey(SalesDocumentReader.READ_COUNT_KEY)) {
            pendingReports.startLoad(pendingReportId);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            try {
                completion.complete(pendingReportId);
            } catch (RuntimeException e) {
                stepExecution.setStatus(BatchStatus.FAILED);
                stepExecution.addFailureException(e);
                pendingReports.recordLoadFailure(pendingReportId, PlainWords.of(e), maxAttempts);
                return ExitStatus.FAILED.addExitDescription(e);
            }
        } else if (!stepExecution.getFailureExceptions().isEmpty()) {
            pendingReports.recordLoadFailure(pendingReportId,
                    PlainWords.of(stepExecution.getFailureExceptions().get(0)), maxAttempts);
        }
        return stepExecution.getExitStatus();
    }
}
