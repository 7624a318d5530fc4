package io.adsync.web.products;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A SKU as the Products page shows it: seen in sales (or entered with its fees), with the fees the reports take
 * off its revenue.
 *
 * @param fbaFee          fulfilment fee per unit, in the marketplace's currency; null: not entered
 * @param referralPercent Amazon's referral fee, percent of revenue; null: not entered
 * @param lastSold        the last day with a Sales and Traffic row for the SKU, null if none
 */
public record Product(String sku, String asin, BigDecimal fbaFee, BigDecimal referralPercent, LocalDate lastSold) {

    /** Both fees entered: the payout of its sales is computed from them. */
    public boolean hasFees() {
        return fbaFee != null && referralPercent != null;
    }
}
