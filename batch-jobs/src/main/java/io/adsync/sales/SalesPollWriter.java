package io.adsync.sales;

import io.adsync.sales.SalesReportPoller.Polled;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Records what Amazon said of each report: DONE waits for the load, CANCELLED completes the day with no data. */
public class SalesPollWriter implements ItemWriter<Polled> {

    private final SalesPendingReports pendingReports;
    private final SalesCompletion completion;

    public SalesPollWriter(SalesPendingReports pendingReports, SalesCompletion completion) {
        this.pendingReports = pendingReports;
        this.completion = completion;
    }

    @Override
    public void write(Chunk<? extends Polled> chunk) {
        for (Polled polled : chunk) {
            String status = polled.amazon().processingStatus().name();
            switch (polled.amazon().processingStatus()) {
                case CANCELLED -> completion.completeWithoutData(polled.report().id(), status);
                case FATAL -> pendingReports.markFailed(polled.report().id(), status, polled.fatalReason());
                default -> pendingReports.recordAmazonStatus(polled.report().id(), status,
                        polled.amazon().reportDocumentId());
            }
        }
    }
}
