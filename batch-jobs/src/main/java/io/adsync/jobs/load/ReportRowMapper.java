package io.adsync.jobs.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.adsync.report.ColumnRegistry;
import io.adsync.report.ReportColumn;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps one camelCase report row onto the registry's columns with their types. Keys the registry
 * does not know go to {@code extra}, so nothing Amazon returns is dropped. Rows from
 * {@link ReportRowsReader} arrive already mapped on its parsing thread ({@link MappedRowNode}).
 */
public class ReportRowMapper implements ItemProcessor<JsonNode, ReportRow> {

    private static final List<ReportColumn> COLUMNS = ColumnRegistry.columns();
    private static final int DATE = ColumnRegistry.indexOf(ColumnRegistry.DATE_COLUMN);
    private static final int CAMPAIGN_ID = ColumnRegistry.indexOf(ColumnRegistry.CAMPAIGN_ID);

    @Override
    public ReportRow process(JsonNode row) {
        if (row instanceof MappedRowNode parsed && parsed.isMapped()) {
            return parsed.mapped();
        }
        return map(row);
    }

    /** Thread-safe: the mapper keeps no state. */
    ReportRow map(JsonNode row) {
        if (!row.isObject()) {
            throw new MalformedRowException("row is not a JSON object: " + abbreviate(row.toString()));
        }
        Object[] values = new Object[COLUMNS.size()];
        ObjectNode extra = null;
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            int index = ColumnRegistry.indexOf(field.getKey());
            if (index < 0) {
                if (extra == null) {
                    extra = JsonNodeFactory.instance.objectNode();
                }
                extra.set(field.getKey(), field.getValue());
            } else {
                values[index] = convert(COLUMNS.get(index), field.getValue());
            }
        }
        requirePresent(values, DATE, ColumnRegistry.DATE_COLUMN, row);
        requirePresent(values, CAMPAIGN_ID, ColumnRegistry.CAMPAIGN_ID, row);
        return new ReportRow(values, extra == null ? null : extra.toString());
    }

    private static Object convert(ReportColumn column, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (column.type()) {
            case DATE -> date(column, value);
            case ID, COUNT -> integral(column, value);
            case DECIMAL -> decimal(column, value);
            case TEXT -> value.isString() ? value.stringValue() : value.toString();
        };
    }

    private static LocalDate date(ReportColumn column, JsonNode value) {
        try {
            return LocalDate.parse(value.asString());
        } catch (DateTimeParseException e) {
            throw wrongType(column, value, "a date (YYYY-MM-DD)");
        }
    }

    private static long integral(ReportColumn column, JsonNode value) {
        if (value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong()) {
            return value.longValue();
        }
        throw wrongType(column, value, "a whole number");
    }

    private static BigDecimal decimal(ReportColumn column, JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        throw wrongType(column, value, "a number");
    }

    private static MalformedRowException wrongType(ReportColumn column, JsonNode value, String expected) {
        return new MalformedRowException(column.apiName() + " is " + abbreviate(value.toString())
                + ", expected " + expected);
    }

    private static void requirePresent(Object[] values, int index, String name, JsonNode row) {
        if (values[index] == null) {
            throw new MalformedRowException(name + " is missing in row " + abbreviate(row.toString()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
