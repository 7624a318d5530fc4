package io.adsync.jobs.request;

import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Records requested reports as pending, for collect to poll. */
public class RequestedReportWriter implements ItemWriter<RequestedReport> {

    private final PendingReportRepository pendingReports;
    private final long orgId;
    private final long profileId;
    private final ReportOrigin origin;
    private final long jobInstanceId;

    public RequestedReportWriter(PendingReportRepository pendingReports, long orgId, long profileId,
                                 ReportOrigin origin, long jobInstanceId) {
        this.pendingReports = pendingReports;
        this.orgId = orgId;
        this.profileId = profileId;
        this.origin = origin;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends RequestedReport> reports) {
        for (RequestedReport report : reports) {
            pendingReports.recordRequested(orgId, profileId, report.reportType(), report.reportId(), report.range(),
                    origin, jobInstanceId);
            pendingReports.clearRequeue(orgId, profileId, report.reportType(), report.range());
        }
    }
}
