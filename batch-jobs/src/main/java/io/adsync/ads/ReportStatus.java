package io.adsync.ads;

import java.time.Instant;

/**
 * Where a report is in its life, from {@code GET /reporting/reports/{reportId}}.
 *
 * @param url           pre-signed download URL, only when COMPLETED; needs no auth headers
 * @param urlExpiresAt  when {@code url} stops working (about an hour after it was handed out), null if unknown
 * @param failureReason Amazon's reason, only when FAILED
 */
public record ReportStatus(String reportId, Status status, String url, Instant urlExpiresAt, String failureReason) {

    public enum Status {
        PENDING, PROCESSING, COMPLETED, FAILED;

        /** COMPLETED and FAILED never change again. */
        public boolean isFinal() {
            return this == COMPLETED || this == FAILED;
        }
    }
}
