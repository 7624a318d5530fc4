package io.adsync.jobs.request;

import io.adsync.jobs.pending.DateRange;

/** A report Amazon accepted; {@code duplicate} when Amazon answered 425 with an in-flight report. */
public record RequestedReport(String reportType, DateRange range, String reportId, boolean duplicate) {
}
