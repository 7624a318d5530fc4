package io.adsync.web.reports;

import java.math.BigDecimal;

/**
 * One ad product's share of the ad money over a period, in one currency ({@code byAdProduct}):
 * {@code SPONSORED_PRODUCTS}, {@code SPONSORED_BRANDS} or {@code SPONSORED_DISPLAY}.
 */
public record AdProductTotals(String adProduct, String currencyCode, BigDecimal adSpend, BigDecimal adRevenue,
                              BigDecimal roas) {
}
