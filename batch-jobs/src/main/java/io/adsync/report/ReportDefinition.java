package io.adsync.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One report type of the catalogue: what is asked of Amazon ({@code reportTypeId}, {@code adProduct},
 * {@code groupBy}, the columns), where its rows go (the table and its unique key) and how far back
 * Amazon keeps it. The request body, the row mapping, the upsert SQL and {@code ReportTableTest} all
 * read it, so a column is added in one place.
 *
 * <p>{@code key}: the report's own ids that, with the org, profile and date, identify one row
 * ({@code campaignId} for campaign reports); {@code retentionDays}: how far back Amazon still has
 * it; {@code spend} and {@code revenue}: the columns the reports call ad spend and ad revenue;
 * {@code generated}: the table's computed ACOS/ROAS columns, where Amazon does not send them;
 * {@code columns}: every column Amazon's v3 reference lists as valid for the type at DAILY, in
 * table order.
 */
public final class ReportDefinition {

    public static final String DATE = "date";

    private final String reportTypeId;
    private final String adProduct;
    private final List<String> groupBy;
    private final String table;
    private final List<String> key;
    private final int retentionDays;
    private final String spend;
    private final String revenue;
    private final List<String> generated;
    private final List<ReportColumn> columns;
    /** by API name: the row parser looks every key of a million rows up here */
    private final Map<String, Integer> positions;

    public ReportDefinition(String reportTypeId, String adProduct, List<String> groupBy, String table,
                            List<String> key, int retentionDays, String spend, String revenue,
                            List<String> generated, List<ReportColumn> columns) {
        this.reportTypeId = reportTypeId;
        this.adProduct = adProduct;
        this.groupBy = List.copyOf(groupBy);
        this.table = table;
        this.key = List.copyOf(key);
        this.retentionDays = retentionDays;
        this.spend = spend;
        this.revenue = revenue;
        this.generated = List.copyOf(generated);
        this.columns = List.copyOf(columns);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byName.put(columns.get(i).apiName(), i);
        }
        this.positions = Collections.unmodifiableMap(byName);
        for (String required : requiredColumns()) {
            if (!positions.containsKey(required)) {
                throw new IllegalArgumentException(reportTypeId + ": key column " + required + " is not a column");
            }
        }
    }

    public String reportTypeId() {
        return reportTypeId;
    }

    public String adProduct() {
        return adProduct;
    }

    public List<String> groupBy() {
        return groupBy;
    }

    public String table() {
        return table;
    }

    public List<String> key() {
        return key;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public String spend() {
        return spend;
    }

    public String revenue() {
        return revenue;
    }

    public List<String> generated() {
        return generated;
    }

    public List<ReportColumn> columns() {
        return columns;
    }

    /** The report columns that must be in every row: the date and the type's ids. */
    public List<String> requiredColumns() {
        List<String> names = new ArrayList<>(List.of(DATE));
        names.addAll(key);
        return names;
    }

    /** The table's unique key, the upsert's conflict target: org, profile, date and the type's ids. */
    public List<String> keyColumns() {
        List<String> keyColumns = new ArrayList<>(List.of("org_id", "profile_id"));
        requiredColumns().stream().map(ReportColumn::snakeCase).forEach(keyColumns::add);
        return keyColumns;
    }

    /** The {@code columns} list of the report request body. */
    public List<String> apiNames() {
        return columns.stream().map(ReportColumn::apiName).toList();
    }

    /** Position of a report key in {@link #columns()}, or -1 when no column holds it. */
    public int indexOf(String apiName) {
        return positions.getOrDefault(apiName, -1);
    }

    @Override
    public String toString() {
        return reportTypeId;
    }
}
