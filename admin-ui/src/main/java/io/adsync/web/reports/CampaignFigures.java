package io.adsync.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One campaign's sums over a period, in its profile's currency ({@code currency}, null when not known
 * yet): a Sponsored Products, Brands or Display campaign ({@code adProduct}). ROAS = sales / spend,
 * ACOS = spend / sales as a percentage; both null when their divisor is zero.
 */
public record CampaignFigures(String adProduct, long profileId, String currency, long campaignId,
                              String campaignName, BigDecimal spend, BigDecimal sales14d, long clicks,
                              long impressions) {

    /** {@code SP}, {@code SB}, {@code SD}: how advertisers name the ad products. */
    public String adProductShort() {
        return switch (adProduct) {
            case "SPONSORED_BRANDS" -> "SB";
            case "SPONSORED_DISPLAY" -> "SD";
            default -> "SP";
        };
    }

    public BigDecimal roas() {
        return DailyFigures.ratio(sales14d, spend);
    }

    public BigDecimal acosPercent() {
        return sales14d.signum() == 0 ? null
                : spend.multiply(BigDecimal.valueOf(100)).divide(sales14d, 2, RoundingMode.HALF_UP);
    }
}
