package io.adsync.jobs.collect;

import io.adsync.ads.ReportStatus;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Records Amazon's answer: FAILED reports are marked failed with Amazon's reason, others keep waiting. */
public class PollOutcomeWriter implements ItemWriter<PollOutcome> {

    private final PendingReportRepository pendingReports;

    public PollOutcomeWriter(PendingReportRepository pendingReports) {
        this.pendingReports = pendingReports;
    }

    @Override
    public void write(Chunk<? extends PollOutcome> outcomes) {
        for (PollOutcome outcome : outcomes) {
            ReportStatus status = outcome.status();
            long id = outcome.report().id();
            if (status.status() == ReportStatus.Status.FAILED) {
                String reason = status.failureReason() == null ? "Amazon gave no reason" : status.failureReason();
                pendingReports.markFailed(id, status.status().name(), "Amazon could not generate the report: " + reason);
            } else {
                pendingReports.recordAmazonStatus(id, status.status().name());
            }
        }
    }
}
