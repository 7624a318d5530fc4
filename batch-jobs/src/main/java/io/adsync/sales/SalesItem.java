package io.adsync.sales;

import java.math.BigDecimal;

/**
 * What a Sales and Traffic document holds for its day: the marketplace's totals ({@code salesAndTrafficByDate}) and
 * one entry per SKU ({@code salesAndTrafficByAsin}); the load writes each to its table.
 */
public sealed interface SalesItem {

    /** One SKU's day; {@code extra} is the entry as Amazon sent it (JSON), for the fields not in columns. */
    record SkuSales(String sku, String asin, String parentAsin, BigDecimal revenue, String currencyCode, Long units,
                    Long totalOrderItems, Long sessions, Long pageViews, BigDecimal buyBoxPercentage,
                    BigDecimal unitSessionPercentage, String extra) implements SalesItem {
    }

    /** The marketplace's day totals. */
    record DaySales(BigDecimal revenue, String currencyCode, Long units, Long totalOrderItems, Long sessions,
                    Long pageViews, BigDecimal unitSessionPercentage, String extra) implements SalesItem {
    }
}
