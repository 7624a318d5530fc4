package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public AmazonReports(AmazonReportQueries queries) {
        this.queries = queries;
    }

    public AmazonReport report(long orgId, ReportPeriod period) {
        Map<LocalDate, AdsDay> ads = queries.adsByDate(orgId, period);
        Map<LocalDate, SalesDay> sales = queries.salesByDate(orgId, period);
        List<DailyFigures> days = period.dates()
                .map(date -> DailyFigures.of(date, sales.getOrDefault(date, SalesDay.NONE),
                        ads.getOrDefault(date, AdsDay.NONE)))
                .toList();
        return new AmazonReport(days, ReportTotals.of(days));
    }

    public List<CampaignFigures> campaigns(long orgId, ReportPeriod period, CampaignSort sort, boolean descending) {
        return sort.sort(queries.campaigns(orgId, period), descending);
    }

    public Optional<String> currency(long orgId) {
        return queries.currency(orgId);
    }
}
