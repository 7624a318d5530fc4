package io.adsync.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One SKU's sales and traffic over a period, with the ad spend of its product ads where it is
 * advertised (null where it is not). Conversion = units / sessions, null without sessions.
 */
public record SkuFigures(String sku, String asin, BigDecimal revenue, long units, long sessions, BigDecimal adSpend) {

    /** As a percentage: {@code 12.50}. */
    public BigDecimal conversionPercent() {
        return sessions == 0 ? null : BigDecimal.valueOf(units * 100).divide(BigDecimal.valueOf(sessions), 2,
                RoundingMode.HALF_UP);
    }
}
