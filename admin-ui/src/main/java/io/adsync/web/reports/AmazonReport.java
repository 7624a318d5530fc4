package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * {@code GET /api/reports/amazon}: one entry per day of the period (figures null where a side is not
 * loaded), the totals, the money totals per currency, and how many days each side has loaded.
 *
 * @param currency   the currency of the money figures; null before the first load, and when the selected
 *                   profiles span several currencies (then the money of the days and totals is null too)
 * @param byCurrency  the money totals of each currency with loaded data, by currency code
 * @param byAdProduct the ad money of each ad product (Sponsored Products, Brands, Display) and currency
 */
public record AmazonReport(String currency, List<DailyFigures> days, ReportTotals totals,
                           List<CurrencyTotals> byCurrency, List<AdProductTotals> byAdProduct,
                           ReportCoverageCount coverage) {

    /** Money of several currencies is shown per currency only: no summed money, no money in charts. */
    @JsonIgnore
    public boolean mixesCurrencies() {
        // one entry of a known currency with no report currency: the selection spans another one, without data
        return byCurrency.size() > 1
                || currency == null && !byCurrency.isEmpty() && byCurrency.get(0).currencyCode() != null;
    }

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
