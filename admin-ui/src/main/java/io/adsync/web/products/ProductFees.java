package io.adsync.web.products;

import java.math.BigDecimal;

/** One SKU's fees as {@code POST /api/products}, the inline form and the CSV import give them. */
public record ProductFees(String sku, String asin, BigDecimal fbaFee, BigDecimal referralPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @return what is wrong, in words naming the SKU and the field; null when nothing is */
    public String problem() {
        if (sku == null || sku.isBlank()) {
            return "a product without a SKU";
        }
        if (fbaFee != null && fbaFee.signum() < 0) {
            return "SKU " + sku + ": the FBA fee must not be negative";
        }
        if (referralPercent != null && (referralPercent.signum() < 0 || referralPercent.compareTo(HUNDRED) > 0)) {
            return "SKU " + sku + ": the referral fee must be a percentage between 0 and 100";
        }
        return null;
    }
}
