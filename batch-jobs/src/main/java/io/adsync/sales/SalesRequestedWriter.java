package io.adsync.sales;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Records each day Amazon accepted a report for as pending, in the same transaction as the step's progress. */
public class SalesRequestedWriter implements ItemWriter<SalesReportRequester.Requested> {

    private final SalesPendingReports pendingReports;
    private final long orgId;
    private final String marketplaceId;
    private final String origin;
    private final long jobInstanceId;

    public SalesRequestedWriter(SalesPendingReports pendingReports, long orgId, String marketplaceId, String origin,
                                long jobInstanceId) {
        this.pendingReports = pendingReports;
        this.orgId = orgId;
        this.marketplaceId = marketplaceId;
        this.origin = origin;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends SalesReportRequester.Requested> chunk) {
        for (SalesReportRequester.Requested requested : chunk) {
            pendingReports.recordRequested(orgId, marketplaceId, requested.date(), requested.reportId(), origin,
                    jobInstanceId);
        }
    }
}
