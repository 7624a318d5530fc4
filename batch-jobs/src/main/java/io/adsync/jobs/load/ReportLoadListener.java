package io.adsync.jobs.load;

import java.time.ZoneId;
import java.util.function.Supplier;

import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Moves a report's state around its load: a fresh load counts rows from zero; a finished load
 * completes the report ({@link ReportCompletion}: only now, so no report is ever completed with half
 * its rows); a failed load keeps the report pending with the reason, until it has failed too often.
 */
public class ReportLoadListener implements StepExecutionListener {

    private final PendingReportRepository pendingReports;
    private final ReportCompletion completion;
    private final long pendingReportId;
    private final Supplier<ZoneId> profileZone;
    private final int maxAttempts;

    /** @param profileZone the profile's time zone, asked for only when the load has finished */
    public ReportLoadListener(PendingReportRepository pendingReports, ReportCompletion completion,
                              long pendingReportId, Supplier<ZoneId> profileZone, int maxAttempts) {
        this.pendingReports = pendingReports;
        this.completion = completion;
        this.pendingReportId = pendingReportId;
        this.profileZone = profileZone;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        boolean resuming = stepExecution.getExecutionContext().containsKey(ReportRowsReader.READ_COUNT_KEY);
        if (!resuming) {
            pendingReports.startLoad(pendingReportId);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            try {
                completion.complete(pendingReportId, profileZone.get());
            } catch (RuntimeException e) {
                // every row is stored but the report is not complete: fail the step, so that its
                // restart (reading past the end at once) completes it
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
