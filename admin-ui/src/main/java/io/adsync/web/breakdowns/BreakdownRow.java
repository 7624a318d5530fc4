package io.adsync.web.breakdowns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One row of a breakdown over the period: its labels (search term, keyword, campaign ...), the
 * currency of its profile, and its sums. ACOS is spend over 14-day sales, null without sales.
 */
public record BreakdownRow(List<String> labels, String currency, BigDecimal spend, BigDecimal sales, long clicks,
                           long orders) {

    /** ACOS as a percentage ({@code 31.15}); null when nothing was sold. */
    public BigDecimal acos() {
        return sales.signum() == 0 ? null : spend.multiply(BigDecimal.valueOf(100)).divide(sales, 2,
                RoundingMode.HALF_UP);
    }

    /** Spend that bought no sale in 14 days: the first candidates for negative keywords. */
    public boolean wasted() {
        return spend.signum() > 0 && sales.signum() == 0;
    }
}
