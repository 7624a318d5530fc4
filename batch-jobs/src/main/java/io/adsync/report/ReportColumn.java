package io.adsync.report;

/**
 * One column of a report type: its name in Amazon's JSON rows and in the type's table.
 *
 * @param apiName    camelCase name Amazon uses in the request body and in the report rows
 * @param columnName snake_case column of the table
 * @param type       how the value is parsed and stored
 */
public record ReportColumn(String apiName, String columnName, ColumnType type) {

    public enum ColumnType {
        /** the report day, {@code date} */
        DATE("date"),
        /** Amazon's 15-digit ids, {@code bigint} */
        ID("bigint"),
        TEXT("text"),
        /** money and ratios: exact {@code numeric}, never float */
        DECIMAL("numeric"),
        /** counts, {@code bigint} */
        COUNT("bigint");

        private final String sqlType;

        ColumnType(String sqlType) {
            this.sqlType = sqlType;
        }

        public String sqlType() {
            return sqlType;
        }
    }

    public static ReportColumn of(String apiName, ColumnType type) {
        return new ReportColumn(apiName, snakeCase(apiName), type);
    }

    /** {@code unitsSoldClicks14d} becomes {@code units_sold_clicks_14d}. */
    public static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            char previous = i == 0 ? 0 : camel.charAt(i - 1);
            boolean wordStarts = Character.isUpperCase(c)
                    || (Character.isDigit(c) && i > 0 && !Character.isDigit(previous));
            if (wordStarts && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
