package io.adsync.jobs.load;

/**
 * One report row mapped to the table: {@code values} holds one value per
 * {@link io.adsync.report.ReportDefinition#columns() column of its report type}, in that order (an array, not
 * a map, because a million rows pass through here), checked against the column's type and kept in
 * the form the COPY text needs: ids and counts as {@code Long}; text, dates (YYYY-MM-DD) and
 * decimals (the JSON number as sent) as {@code String}; null where the row has no value.
 * {@code extraJson} holds the keys with no column.
 */
public record ReportRow(Object[] values, String extraJson) {
}
