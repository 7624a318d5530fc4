package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.adsync.coverage.CoveredDay;
import io.adsync.coverage.ReportCoverage;
import io.adsync.report.ReportCatalog;
import io.adsync.web.reports.DailyFigures.AdsDay;
import io.adsync.web.reports.DailyFigures.SalesDay;
import org.springframework.stereotype.Service;

/**
 * The numbers of the reports page and of {@code GET /api/reports/amazon}: both come from here, so a
 * scorecard always equals the API's total.
 */
@Service
public class AmazonReports {

    private final AmazonReportQueries queries;
    private final ReportCoverage coverage;

    public AmazonReports(AmazonReportQueries queries, ReportCoverage coverage) {
        this.queries = queries;
        this.coverage = coverage;
    }

    /**
     * A day's ads are loaded when a completed report covered it ({@code report_coverage}), with rows
     * or without. Until the sales job records its own coverage, a day's sales are loaded when it has
     * sales rows.
     */
    public AmazonReport report(long orgId, ReportPeriod period) {
        Map<LocalDate, AdsDay> ads = queries.adsByDate(orgId, period);
        Set<LocalDate> adsLoaded = coverage.days(orgId, ReportCatalog.SP_CAMPAIGNS, period.from(), period.to())
                .stream().map(CoveredDay::date).collect(Collectors.toSet());
        Map<LocalDate, SalesDay> sales = queries.salesByDate(orgId, period);
        List<DailyFigures> days = period.dates()
                .map(date -> DailyFigures.of(date, sales.get(date),
                        adsLoaded.contains(date) ? ads.getOrDefault(date, AdsDay.NONE) : null))
                .toList();
        return new AmazonReport(queries.currency(orgId).orElse(null), days, ReportTotals.of(days),
                ReportCoverageCount.of(days));
    }

    public List<CampaignFigures> campaigns(long orgId, ReportPeriod period, CampaignSort sort, boolean descending) {
        return sort.sort(queries.campaigns(orgId, period), descending);
    }

    public Optional<String> currency(long orgId) {
        return queries.currency(orgId);
    }
}
