package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * How many days of a report are loaded, per side: the page says "25 of 30 days not loaded" and
 * offers the backfill of exactly those days.
 */
public record ReportCoverageCount(int days, int adsLoaded, int salesLoaded) {

    static ReportCoverageCount of(List<DailyFigures> days) {
        return new ReportCoverageCount(days.size(), (int) days.stream().filter(DailyFigures::adsLoaded).count(),
                (int) days.stream().filter(DailyFigures::salesLoaded).count());
    }

    public int adsNotLoaded() {
        return days - adsLoaded;
    }

    /** The days without a loaded ad report, oldest first. */
    static List<LocalDate> adsNotLoaded(List<DailyFigures> days) {
        return days.stream().filter(day -> !day.adsLoaded()).map(DailyFigures::date).toList();
    }
}
