package io.adsync.jobs.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.synclog.PlainWords;
import io.adsync.jobs.synclog.RunReport;
import io.adsync.jobs.synclog.RunReporter;
import io.adsync.jobs.synclog.SyncLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Says what a request run asked Amazon for. */
public class RequestReporter implements RunReporter {

    @Override
    public RunReport report(JobExecution execution) {
        long requested = 0;
        List<String> rejected = new ArrayList<>();
        List<String> mended = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            requested += step.getWriteCount();
            @SuppressWarnings("unchecked")
            List<String> notes = (List<String>) step.getExecutionContext().get(ReportRequester.MENDED);
            if (notes != null) {
                mended.addAll(notes);
            }
            @SuppressWarnings("unchecked")
            List<String> reasons = (List<String>) step.getExecutionContext().get(RejectedRangeRecorder.REJECTED);
            if (reasons != null) {
                rejected.addAll(reasons);
            }
        }
        StringBuilder message = new StringBuilder("Requested ").append(requested)
                .append(requested == 1 ? " report." : " reports.");
        if (!rejected.isEmpty()) {
            message.append(" Amazon rejected ").append(rejected.size()).append(": ")
                    .append(String.join("; ", rejected)).append('.');
        }
        if (!mended.isEmpty()) {
            message.append(' ').append(String.join("; ", mended)).append('.');
        }
        String status = rejected.isEmpty() && mended.isEmpty() ? SyncLog.SUCCESS : SyncLog.PARTIAL;
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            status = SyncLog.ERROR;
            String reason = PlainWords.ofRun(execution);
            message.insert(0, "Request failed: " + reason + " The next request call restarts it. ");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobExecutionId", execution.getId());
        details.put("requested", requested);
        details.put("rejected", rejected);
        details.put("mended", mended);
        return new RunReport(status, message.toString(), 0, details);
    }
}
