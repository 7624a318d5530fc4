package io.adsync.web.reports;

import java.util.List;

/** {@code GET /api/reports/amazon}: one entry per day of the period (days without data are zeros), and the totals. */
public record AmazonReport(List<DailyFigures> days, ReportTotals totals) {
}
