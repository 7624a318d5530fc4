package io.adsync.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One day of the reports page. Ad figures come from {@code amazon_sp_ads} ({@code adSpend} = sum of
 * cost, {@code adRevenue} = sum of 14-day attributed sales), the rest from the sales side
 * ({@code amazon_sales_traffic} and the fees of {@code products}).
 *
 * <p>A side that is not loaded for the day has null figures, never 0: 0 is what a loaded day without
 * activity has, and a chart draws a gap where a day is null. The payout and TACoS need both sides.
 */
public record DailyFigures(LocalDate date, boolean adsLoaded, boolean salesLoaded, BigDecimal revenue, Long units,
                           Long sessions, BigDecimal adSpend, BigDecimal adRevenue, BigDecimal fbaFees,
                           BigDecimal referralFees, BigDecimal estimatedPayout, BigDecimal tacos) {

    /** @param sales null when the day's sales are not loaded; @param ads null when its ad report is not */
    static DailyFigures of(LocalDate date, SalesDay sales, AdsDay ads) {
        BigDecimal payout = sales == null || ads == null ? null
                : sales.revenue().subtract(ads.spend()).subtract(sales.fbaFees()).subtract(sales.referralFees());
        BigDecimal tacos = sales == null || ads == null ? null : ratio(ads.spend(), sales.revenue());
        return new DailyFigures(date, ads != null, sales != null,
                sales == null ? null : sales.revenue(), sales == null ? null : sales.units(),
                sales == null ? null : sales.sessions(),
                ads == null ? null : ads.spend(), ads == null ? null : ads.sales(),
                sales == null ? null : sales.fbaFees(), sales == null ? null : sales.referralFees(), payout, tacos);
    }

    /**
     * The day with its counts and load state but no money: what a selection spanning several currencies
     * shows, since a sum of pounds and dollars is no amount of anything.
     */
    DailyFigures withoutMoney() {
        return new DailyFigures(date, adsLoaded, salesLoaded, null, units, sessions, null, null, null, null, null,
                null);
    }

    /** {@code part / whole}, null when the whole is 0 (a ratio to nothing means nothing). */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /** The sales side of one day; {@link #NONE} for a loaded day without sales rows. */
    record SalesDay(BigDecimal revenue, long units, long sessions, BigDecimal fbaFees, BigDecimal referralFees) {
        static final SalesDay NONE = new SalesDay(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The ad side of one day; {@link #NONE} for a loaded day without ad activity. */
    record AdsDay(BigDecimal spend, BigDecimal sales) {
        static final AdsDay NONE = new AdsDay(BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
