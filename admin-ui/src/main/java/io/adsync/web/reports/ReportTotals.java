package io.adsync.web.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The sums over a report's loaded days: each side over the days it is loaded for, null when it is
 * loaded for none (no sales side connected shows "—", not a payout of minus the ad spend). ROAS =
 * adRevenue / adSpend; the payout, TACoS (ad spend / revenue) and organic revenue (revenue the ads did
 * not bring: revenue - ad revenue) over the days both sides are loaded.
 */
public record ReportTotals(BigDecimal revenue, Long units, Long sessions, BigDecimal adSpend, BigDecimal adRevenue,
                           BigDecimal fbaFees, BigDecimal referralFees, BigDecimal estimatedPayout,
                           BigDecimal roas, BigDecimal tacos, BigDecimal organicRevenue) {

    static ReportTotals of(List<DailyFigures> days) {
        BigDecimal adSpend = sum(days, DailyFigures::adSpend);
        BigDecimal adRevenue = sum(days, DailyFigures::adRevenue);
        List<DailyFigures> bothSides = days.stream().filter(day -> day.adsLoaded() && day.salesLoaded()).toList();
        BigDecimal bothRevenue = sum(bothSides, DailyFigures::revenue);
        BigDecimal bothSpend = sum(bothSides, DailyFigures::adSpend);
        BigDecimal bothAdRevenue = sum(bothSides, DailyFigures::adRevenue);
        return new ReportTotals(sum(days, DailyFigures::revenue), count(days, DailyFigures::units),
                count(days, DailyFigures::sessions), adSpend, adRevenue, sum(days, DailyFigures::fbaFees),
                sum(days, DailyFigures::referralFees), sum(days, DailyFigures::estimatedPayout),
                adSpend == null ? null : DailyFigures.ratio(adRevenue, adSpend),
                bothRevenue == null ? null : DailyFigures.ratio(bothSpend, bothRevenue),
                bothRevenue == null || bothAdRevenue == null ? null : bothRevenue.subtract(bothAdRevenue));
    }

    private static BigDecimal sum(List<DailyFigures> days, Function<DailyFigures, BigDecimal> figure) {
        return days.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static Long count(List<DailyFigures> days, Function<DailyFigures, Long> figure) {
        return days.stream().map(figure).filter(Objects::nonNull).reduce(Long::sum).orElse(null);
    }
}
