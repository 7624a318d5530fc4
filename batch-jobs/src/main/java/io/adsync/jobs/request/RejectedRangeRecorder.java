package io.adsync.jobs.request;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Keeps Amazon's reason for each range it rejected (400/422), for the sync log. */
public class RejectedRangeRecorder implements SkipListener<ReportRange, RequestedReport>, StepExecutionListener {

    public static final String REJECTED = "rejected";

    private static final Logger log = LoggerFactory.getLogger(RejectedRangeRecorder.class);

    private StepExecution stepExecution;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void onSkipInProcess(ReportRange range, Throwable reason) {
        log.warn("Amazon rejected the report for {}: {}", range, reason.getMessage());
        @SuppressWarnings("unchecked")
        List<String> rejected = (List<String>) stepExecution.getExecutionContext().get(REJECTED);
        List<String> updated = rejected == null ? new ArrayList<>() : new ArrayList<>(rejected);
        updated.add(range + ": " + reason.getMessage());
        stepExecution.getExecutionContext().put(REJECTED, updated);
    }
}
