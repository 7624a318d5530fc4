package io.adsync.ads;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.adsync.report.ReportDefinition;

/** The body of {@code POST /reporting/reports}: a daily report of one type with every column of its definition. */
record ReportRequest(String name, String startDate, String endDate, Configuration configuration) {

    record Configuration(String adProduct, List<String> groupBy, List<String> columns, String reportTypeId,
                         String timeUnit, String format) {
    }

    static ReportRequest daily(ReportDefinition definition, LocalDate start, LocalDate end) {
        return daily(definition, Set.of(), start, end);
    }

    /** @param excluded columns Amazon no longer accepts for the type: left out */
    static ReportRequest daily(ReportDefinition definition, Set<String> excluded, LocalDate start, LocalDate end) {
        List<String> columns = definition.apiNames().stream().filter(column -> !excluded.contains(column)).toList();
        return new ReportRequest("adsync " + definition.reportTypeId() + " " + start + " to " + end, start.toString(),
                end.toString(), new Configuration(definition.adProduct(), definition.groupBy(), columns,
                        definition.reportTypeId(), "DAILY", "GZIP_JSON"));
    }
}
