package io.adsync.jobs.pending;

import java.time.Instant;
import java.time.LocalDate;

/** A report requested from Amazon and tracked in {@code amazon_ads_pending_reports} until loaded. */
public record PendingReport(
        long id,
        long orgId,
        long profileId,
        String reportType,
        String reportId,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        String amazonStatus,
        String origin,
        Long jobInstanceId,
        int attempts,
        String failureReason,
        long rowsLoaded,
        Instant createdAt,
        Instant updatedAt) {

    public static final String PENDING = "pending";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public DateRange range() {
        return new DateRange(startDate, endDate);
    }
}
