package io.adsync.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One campaign's sums over a period, in its profile's currency ({@code currency}, null when not known
 * yet). ROAS = sales / spend, ACOS = spend / sales as a percentage; both null when their divisor is zero.
 */
public record CampaignFigures(long profileId, String currency, long campaignId, String campaignName,
                              BigDecimal spend, BigDecimal sales14d, long clicks, long impressions) {

    public BigDecimal roas() {
        return DailyFigures.ratio(sales14d, spend);
    }

    public BigDecimal acosPercent() {
        return sales14d.signum() == 0 ? null
                : spend.multiply(BigDecimal.valueOf(100)).divide(sales14d, 2, RoundingMode.HALF_UP);
    }
}
