package io.adsync.ads;

import java.time.LocalDate;
import java.util.List;

import io.adsync.report.ReportDefinition;

/** The body of {@code POST /reporting/reports}: a daily report of one type with every column of its definition. */
record ReportRequest(String name, String startDate, String endDate, Configuration configuration) {

    record Configuration(String adProduct, List<String> groupBy, List<String> columns, String reportTypeId,
                         String timeUnit, String format) {
    }

    static ReportRequest daily(ReportDefinition definition, LocalDate start, LocalDate end) {
        return new ReportRequest("adsync " + definition.reportTypeId() + " " + start + " to " + end, start.toString(),
                end.toString(), new Configuration(definition.adProduct(), definition.groupBy(), definition.apiNames(),
                        definition.reportTypeId(), "DAILY", "GZIP_JSON"));
    }
}
