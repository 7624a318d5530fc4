package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.adsync.coverage.CoveredDay;
import io.adsync.coverage.ReportCoverage;
import io.adsync.report.ReportCatalog;
import io.adsync.web.profiles.ProfileSelection;
import io.adsync.web.reports.DailyFigures.AdsDay;
import io.adsync.web.reports.DailyFigures.SalesDay;
import org.springframework.stereotype.Service;

/**
 * The numbers of the reports page and of {@code GET /api/reports/amazon}: both come from here, so a
 * scorecard always equals the API's total.
 */
@Service
public class AmazonReports {

    private static final Comparator<String> CURRENCY_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private final AmazonReportQueries queries;
    private final ReportCoverage coverage;

    public AmazonReports(AmazonReportQueries queries, ReportCoverage coverage) {
        this.queries = queries;
        this.coverage = coverage;
    }

    /**
     * A day's ads are loaded when a completed report covered it ({@code report_coverage}), with rows
     * or without, for each profile {@link ProfileSelection#coverageProfiles()} names. Until the sales
     * job records its own coverage, a day's sales are loaded when it has sales rows.
     *
     * <p>Sales rows ({@code amazon_sales_traffic}) name no profile and no currency: they count for the
     * whole org only, not for a selection of some of its profiles (a profile's ad spend over the org's
     * revenue would be a TACoS of nothing).
     *
     * <p>Money is summed per currency. With one currency the days and totals carry it; with several,
     * they keep only counts and load states, and the money is in {@code byCurrency} alone.
     */
    public AmazonReport report(long orgId, ProfileSelection selection, ReportPeriod period) {
        Map<String, Map<LocalDate, AdsDay>> ads = queries.adsByCurrencyAndDate(orgId, selection.filter(), period);
        Set<LocalDate> adsLoaded = coverage.daysCoveredByEach(orgId, selection.coverageProfiles(),
                        ReportCatalog.SP_CAMPAIGNS, period.from(), period.to())
                .stream().map(CoveredDay::date).collect(Collectors.toSet());
        Map<LocalDate, SalesDay> sales = selection.whole() ? queries.salesByDate(orgId, period) : Map.of();

        Set<String> currencies = new TreeSet<>(CURRENCY_ORDER);
        currencies.addAll(selection.currencies());
        currencies.addAll(ads.keySet());
        boolean oneCurrency = currencies.size() <= 1;
        Map<LocalDate, SalesDay> salesInCurrency = oneCurrency ? sales : Map.of();

        List<CurrencyTotals> byCurrency = new ArrayList<>();
        for (String currency : currencies) {
            CurrencyTotals totals = CurrencyTotals.of(currency,
                    ReportTotals.of(days(period, salesInCurrency, adsLoaded, ads.getOrDefault(currency, Map.of()))));
            if (totals.hasData()) {
                byCurrency.add(totals);
            }
        }
        List<DailyFigures> days = oneCurrency
                ? days(period, sales, adsLoaded, currencies.isEmpty() ? Map.of()
                        : ads.getOrDefault(currencies.iterator().next(), Map.of()))
                : days(period, sales, adsLoaded, Map.of()).stream().map(DailyFigures::withoutMoney).toList();
        return new AmazonReport(oneCurrency && !currencies.isEmpty() ? currencies.iterator().next() : null, days,
                ReportTotals.of(days), byCurrency, queries.adsByAdProduct(orgId, selection.filter(), period),
                ReportCoverageCount.of(days));
    }

    /** Every day of the period; a loaded day without ad rows has zero ad figures, one not loaded none. */
    private static List<DailyFigures> days(ReportPeriod period, Map<LocalDate, SalesDay> sales,
                                           Set<LocalDate> adsLoaded, Map<LocalDate, AdsDay> ads) {
        return period.dates()
                .map(date -> DailyFigures.of(date, sales.get(date),
                        adsLoaded.contains(date) ? ads.getOrDefault(date, AdsDay.NONE) : null))
                .toList();
    }

    /** The SKUs the table under the campaigns shows: the 200 with the most revenue. */
    public List<SkuFigures> skus(long orgId, ReportPeriod period) {
        return queries.skus(orgId, period, 200);
    }

    public List<CampaignFigures> campaigns(long orgId, ProfileSelection selection, ReportPeriod period,
                                           CampaignSort sort, boolean descending) {
        return sort.sort(queries.campaigns(orgId, selection.filter(), period), descending);
    }
}
