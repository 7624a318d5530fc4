package io.adsync.jobs.load;

/**
 * One report row mapped to the table: {@code values} holds one typed value per
 * {@link io.adsync.report.ColumnRegistry#columns() registry column}, in registry order (an array, not
 * a map, because a million rows pass through here); {@code extraJson} the keys with no column.
 */
public record ReportRow(Object[] values, String extraJson) {
}
