package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
     * <p>Sales rows ({@code amazon_sales_traffic}) name a marketplace, not a profile: a selection's
     * sales are those of its profiles' marketplaces ({@code ads_profiles.marketplace_id}), in their
     * currency; the whole org in one currency counts every marketplace.
     *
     * <p>Money is summed per currency. With one currency the days and totals carry it; with several,
     * they keep only counts and load states, and the money is in {@code byCurrency} alone.
     */
    public AmazonReport report(long orgId, ProfileSelection selection, ReportPeriod period) {
        Map<String, Map<LocalDate, AdsDay>> ads = queries.adsByCurrencyAndDate(orgId, selection.filter(), period);
        Set<LocalDate> adsLoaded = coverage.daysCoveredByEach(orgId, selection.coverageProfiles(),
                        ReportCatalog.SP_CAMPAIGNS, period.from(), period.to())
                .stream().map(CoveredDay::date).collect(Collectors.toSet());
        Set<String> currencies = new TreeSet<>(CURRENCY_ORDER);
        currencies.addAll(selection.currencies());
        currencies.addAll(ads.keySet());
        boolean oneCurrency = currencies.size() <= 1;
        // sales rows name a marketplace: a currency's sales are those of its profiles' marketplaces (the
        // whole org in one currency: every marketplace), in that currency
        Map<String, Map<LocalDate, SalesDay>> salesByCurrency = new HashMap<>();
        for (String currency : currencies) {
            salesByCurrency.put(currency, sales(orgId, oneCurrency && selection.whole() ? null
                    : selection.marketplaces(currency), period));
        }
        // several currencies: the days keep counts (units, sessions) of every marketplace of the selection
        Map<LocalDate, SalesDay> sales = oneCurrency && !currencies.isEmpty()
                ? salesByCurrency.get(currencies.iterator().next()) : sales(orgId, selection.marketplaces(), period);

        List<CurrencyTotals> byCurrency = new ArrayList<>();
        for (String currency : currencies) {
            CurrencyTotals totals = CurrencyTotals.of(currency, ReportTotals.of(days(period,
                    salesByCurrency.getOrDefault(currency, Map.of()), adsLoaded, ads.getOrDefault(currency, Map.of()))));
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

    /** The SKUs the table under the campaigns shows: the 200 with the most revenue of the selection's marketplaces. */
    public List<SkuFigures> skus(long orgId, ProfileSelection selection, String currency, ReportPeriod period) {
        return queries.skus(orgId, selection.whole() ? null : selection.marketplaces(currency), period, 200);
    }

    /** A selection without a marketplace has no sales: no query. */
    private Map<LocalDate, SalesDay> sales(long orgId, String[] marketplaces, ReportPeriod period) {
        return marketplaces != null && marketplaces.length == 0 ? Map.of()
                : queries.salesByDate(orgId, marketplaces, period);
    }

    public List<CampaignFigures> campaigns(long orgId, ProfileSelection selection, ReportPeriod period,
                                           CampaignSort sort, boolean descending) {
        return sort.sort(queries.campaigns(orgId, selection.filter(), period), descending);
    }
}
