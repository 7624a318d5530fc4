package io.adsync.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of the reports page. Ad figures come from {@code amazon_sp_ads} ({@code adSpend} = sum of
 * cost, {@code adRevenue} = sum of 14-day attributed sales), the rest from the sales side
 * ({@code amazon_sales_traffic} and the fees of {@code products}).
 */
public record DailyFigures(LocalDate date, BigDecimal revenue, long units, long sessions, BigDecimal adSpend,
                           BigDecimal adRevenue, BigDecimal fbaFees, BigDecimal referralFees,
                           BigDecimal estimatedPayout) {

    static DailyFigures of(LocalDate date, SalesDay sales, AdsDay ads) {
        BigDecimal payout = sales.revenue().subtract(ads.spend()).subtract(sales.fbaFees())
                .subtract(sales.referralFees());
        return new DailyFigures(date, sales.revenue(), sales.units(), sales.sessions(), ads.spend(), ads.sales(),
                sales.fbaFees(), sales.referralFees(), payout);
    }

    /** The sales side of one day; {@link #NONE} for a day without sales rows. */
    record SalesDay(BigDecimal revenue, long units, long sessions, BigDecimal fbaFees, BigDecimal referralFees) {
        static final SalesDay NONE = new SalesDay(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The ad side of one day; {@link #NONE} for a day without ad rows. */
    record AdsDay(BigDecimal spend, BigDecimal sales) {
        static final AdsDay NONE = new AdsDay(BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
