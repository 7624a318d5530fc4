package io.adsync.spapi;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /reports/2021-06-30/reports} for one day's Sales and Traffic report, per SKU. One day per
 * report because the per-SKU section ({@code salesAndTrafficByAsin}) carries no date: it sums the whole range.
 */
public record SalesReportRequest(String reportType, Options reportOptions, String dataStartTime, String dataEndTime,
                                 List<String> marketplaceIds) {

    public static final String SALES_AND_TRAFFIC = "GET_SALES_AND_TRAFFIC_REPORT";

    public record Options(String dateGranularity, String asinGranularity) {
    }

    public static SalesReportRequest of(String marketplaceId, LocalDate day) {
        return new SalesReportRequest(SALES_AND_TRAFFIC, new Options("DAY", "SKU"), day + "T00:00:00Z",
                day + "T23:59:59Z", List.of(marketplaceId));
    }
}
