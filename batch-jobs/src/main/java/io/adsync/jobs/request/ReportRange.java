package io.adsync.jobs.request;

import java.time.LocalDate;

import io.adsync.jobs.pending.DateRange;

/** One report the request job asks for: a report type and the days it covers. */
public record ReportRange(String reportType, DateRange range) {

    @Override
    public String toString() {
        return reportType + " " + range;
    }

    /** {@code spCampaigns 2026-11-01..2026-11-30}, as the job's execution context keeps its plan. */
    static ReportRange parse(String text) {
        String[] parts = text.split(" ", 2);
        String[] bounds = parts[1].split("\\.\\.");
        return new ReportRange(parts[0], new DateRange(LocalDate.parse(bounds[0]),
                LocalDate.parse(bounds.length > 1 ? bounds[1] : bounds[0])));
    }
}
