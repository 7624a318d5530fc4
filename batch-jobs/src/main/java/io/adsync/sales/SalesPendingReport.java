package io.adsync.sales;

import java.time.Instant;
import java.time.LocalDate;

/** One Sales and Traffic report asked of Amazon: {@code sales_pending_reports}. */
public record SalesPendingReport(long id, long orgId, String marketplaceId, LocalDate date, String reportId,
                                 String status, String amazonStatus, String reportDocumentId, Long jobInstanceId,
                                 String failureReason, long rowsLoaded, Instant createdAt) {

    public static final String PENDING = "pending";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
}
