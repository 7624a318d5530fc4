package io.adsync.jobs.load;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Keeps the reasons of skipped malformed rows (of an Ads report or a Sales and Traffic document) in the step's
 * context (the first few; the count is the step's skip count), so the sync log can say which rows were left out
 * and why.
 */
public class SkippedRowRecorder implements SkipListener<Object, Object>, StepExecutionListener {

    public static final String SKIPPED_ROWS = "skippedRows";
    static final int KEPT_REASONS = 20;

    private static final Logger log = LoggerFactory.getLogger(SkippedRowRecorder.class);

    private final String reportId;
    private StepExecution stepExecution;

    public SkippedRowRecorder(String reportId) {
        this.reportId = reportId;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void onSkipInRead(Throwable reason) {
        log.warn("Report {}: skipped a malformed row: {}", reportId, reason.getMessage());
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) stepExecution.getExecutionContext().get(SKIPPED_ROWS);
        List<String> updated = reasons == null ? new ArrayList<>() : new ArrayList<>(reasons);
        if (updated.size() < KEPT_REASONS) {
            updated.add("report " + reportId + ": " + reason.getMessage());
            stepExecution.getExecutionContext().put(SKIPPED_ROWS, updated);
        }
    }
}
