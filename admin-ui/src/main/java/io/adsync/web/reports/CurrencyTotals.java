package io.adsync.web.reports;

import java.math.BigDecimal;

/**
 * The money totals of one currency of a report's selection: money is never added across currencies,
 * so a selection of GBP and USD profiles has one of these per currency instead of one total. The sales
 * side (revenue, fees, payout, TACoS) belongs to no profile and so to no currency: it is here only when
 * the selection has one currency, null otherwise.
 *
 * @param currencyCode ISO 4217; null for profiles whose currency is not known yet
 */
public record CurrencyTotals(String currencyCode, BigDecimal adSpend, BigDecimal adRevenue, BigDecimal roas,
                             BigDecimal revenue, BigDecimal fbaFees, BigDecimal referralFees,
                             BigDecimal estimatedPayout, BigDecimal tacos) {

    static CurrencyTotals of(String currencyCode, ReportTotals totals) {
        return new CurrencyTotals(currencyCode, totals.adSpend(), totals.adRevenue(), totals.roas(), totals.revenue(),
                totals.fbaFees(), totals.referralFees(), totals.estimatedPayout(), totals.tacos());
    }

    /** Whether any money of the currency is loaded in the period. */
    boolean hasData() {
        return adSpend != null || revenue != null;
    }
}
