package io.adsync.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A report Amazon accepted. Its status is not stored but read from the clock, so it moves on its own: PENDING for the
 * first half of the report delay, PROCESSING for the second, then COMPLETED, or FAILED when a fault marked it at
 * creation.
 *
 * @param fails     the failNextReports fault applied when it was created
 * @param malformed the malformedRowsInNextReports fault applied when it was created
 */
record SandboxReport(String reportId, long profileId, ReportRequest request, Instant createdAt, Duration delay,
                     boolean fails, boolean malformed) {

    static final String FAILURE_REASON = "Report generation failed due to an internal error. Please try again.";

    enum Status { PENDING, PROCESSING, COMPLETED, FAILED }

    Instant processingAt() {
        return createdAt.plus(delay.dividedBy(2));
    }

    Instant finishedAt() {
        return createdAt.plus(delay);
    }

    Status statusAt(Instant now) {
        if (now.isBefore(processingAt())) {
            return Status.PENDING;
        }
        if (now.isBefore(finishedAt())) {
            return Status.PROCESSING;
        }
        return fails ? Status.FAILED : Status.COMPLETED;
    }

    boolean inFlightAt(Instant now) {
        Status status = statusAt(now);
        return status == Status.PENDING || status == Status.PROCESSING;
    }

    /** When the status last changed, as of now. */
    Instant updatedAt(Instant now) {
        return switch (statusAt(now)) {
            case PENDING -> createdAt;
            case PROCESSING -> processingAt();
            case COMPLETED, FAILED -> finishedAt();
        };
    }

    /** The day (in the profile's zone) Amazon generated the file: restated values are as of that day. */
    LocalDate generatedOn(ZoneId zone) {
        return LocalDate.ofInstant(finishedAt(), zone);
    }
}
