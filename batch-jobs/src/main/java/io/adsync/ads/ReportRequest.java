package io.adsync.ads;

import java.time.LocalDate;
import java.util.List;

import io.adsync.report.ColumnRegistry;

/** The body of {@code POST /reporting/reports}: the daily spCampaigns report with every registry column. */
record ReportRequest(String name, String startDate, String endDate, Configuration configuration) {

    record Configuration(String adProduct, List<String> groupBy, List<String> columns, String reportTypeId,
                         String timeUnit, String format) {
    }

    static ReportRequest spCampaignsDaily(LocalDate start, LocalDate end) {
        return new ReportRequest("adsync spCampaigns " + start + " to " + end, start.toString(), end.toString(),
                new Configuration("SPONSORED_PRODUCTS", List.of("campaign"), ColumnRegistry.apiNames(),
                        "spCampaigns", "DAILY", "GZIP_JSON"));
    }
}
