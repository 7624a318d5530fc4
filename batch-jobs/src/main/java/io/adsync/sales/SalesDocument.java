package io.adsync.sales;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of Amazon's {@code sellerSalesAndTrafficReport} schema the load binds; every other field stays in the
 * rows' {@code extra}.
 */
final class SalesDocument {

    static final String BY_DATE = "salesAndTrafficByDate";
    static final String BY_ASIN = "salesAndTrafficByAsin";

    private SalesDocument() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Money(BigDecimal amount, String currencyCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ByAsin(String parentAsin, String childAsin, String sku, SalesByAsin salesByAsin,
                  TrafficByAsin trafficByAsin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SalesByAsin(Long unitsOrdered, Money orderedProductSales, Long totalOrderItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrafficByAsin(Long sessions, Long pageViews, BigDecimal buyBoxPercentage,
                         BigDecimal unitSessionPercentage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ByDate(String date, SalesByDate salesByDate, TrafficByDate trafficByDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SalesByDate(Money orderedProductSales, Long unitsOrdered, Long totalOrderItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrafficByDate(Long sessions, Long pageViews, BigDecimal unitSessionPercentage) {
    }
}
