package io.adsync.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sums over a report's days, plus ROAS = adRevenue / adSpend (null when nothing was spent: a
 * ratio to zero means nothing).
 */
public record ReportTotals(BigDecimal revenue, long units, long sessions, BigDecimal adSpend, BigDecimal adRevenue,
                           BigDecimal fbaFees, BigDecimal referralFees, BigDecimal estimatedPayout,
                           BigDecimal roas) {

    static ReportTotals of(List<DailyFigures> days) {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal adSpend = BigDecimal.ZERO;
        BigDecimal adRevenue = BigDecimal.ZERO;
        BigDecimal fbaFees = BigDecimal.ZERO;
        BigDecimal referralFees = BigDecimal.ZERO;
        BigDecimal payout = BigDecimal.ZERO;
        long units = 0;
        long sessions = 0;
        for (DailyFigures day : days) {
            revenue = revenue.add(day.revenue());
            units += day.units();
            sessions += day.sessions();
            adSpend = adSpend.add(day.adSpend());
            adRevenue = adRevenue.add(day.adRevenue());
            fbaFees = fbaFees.add(day.fbaFees());
            referralFees = referralFees.add(day.referralFees());
            payout = payout.add(day.estimatedPayout());
        }
        return new ReportTotals(revenue, units, sessions, adSpend, adRevenue, fbaFees, referralFees, payout,
                roas(adRevenue, adSpend));
    }

    static BigDecimal roas(BigDecimal adRevenue, BigDecimal adSpend) {
        return adSpend.signum() == 0 ? null : adRevenue.divide(adSpend, 4, RoundingMode.HALF_UP);
    }
}
