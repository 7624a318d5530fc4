package io.adsync.jobs.load;

import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Moves a report's state around its load: a fresh load counts rows from zero; a finished load
 * marks the report completed (only now, so no report is ever completed with half its rows); a
 * failed load keeps the report pending with the reason, until it has failed too often.
 */
public class ReportLoadListener implements StepExecutionListener {

    private final PendingReportRepository pendingReports;
    private final long pendingReportId;
    private final int maxAttempts;

    public ReportLoadListener(PendingReportRepository pendingReports, long pendingReportId, int maxAttempts) {
        this.pendingReports = pendingReports;
        this.pendingReportId = pendingReportId;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        boolean resuming = stepExecution.getExecutionContext().containsKey(ReportRowsReader.READ_COUNT_KEY);
        if (!resuming) {
            pendingReports.resetRowsLoaded(pendingReportId);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            pendingReports.markCompleted(pendingReportId);
        } else if (!stepExecution.getFailureExceptions().isEmpty()) {
            pendingReports.recordLoadFailure(pendingReportId,
                    PlainWords.of(stepExecution.getFailureExceptions().get(0)), maxAttempts);
        }
        return stepExecution.getExitStatus();
    }
}
