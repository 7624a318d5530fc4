package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * {@code GET /api/reports/amazon}: one entry per day of the period (figures null where a side is not
 * loaded), the totals, and how many days each side has loaded.
 *
 * @param currency the currency of the money figures, null before the first load
 */
public record AmazonReport(String currency, List<DailyFigures> days, ReportTotals totals,
                           ReportCoverageCount coverage) {

    /** The days without a loaded ad report, oldest first. */
    @JsonIgnore
    public List<LocalDate> adsNotLoaded() {
        return ReportCoverageCount.adsNotLoaded(days);
    }

    /** Whether any day of the period has sales loaded: without, revenue, fees and payout are "—". */
    @JsonIgnore
    public boolean hasSales() {
        return coverage.salesLoaded() > 0;
    }
}
