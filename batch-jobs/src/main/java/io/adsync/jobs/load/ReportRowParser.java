package io.adsync.jobs.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.adsync.report.ColumnRegistry;
import io.adsync.report.ReportColumn;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one camelCase report row straight from the JSON tokens into the registry's columns with
 * their types; keys the registry does not know go to {@code extra}, so nothing Amazon returns is
 * dropped. No tree of the row is built: parsing a million rows is most of the load's CPU, and a tree
 * per row would double it.
 *
 * <p>A row that cannot be stored (a value of the wrong type, no date or campaign) is read to its
 * end, so the next row starts where it should, and then refused with a {@link MalformedRowException}
 * naming the first problem; the step skips it.
 */
final class ReportRowParser {

    private static final List<ReportColumn> COLUMNS = ColumnRegistry.columns();
    private static final int DATE = ColumnRegistry.indexOf(ColumnRegistry.DATE_COLUMN);
    private static final int CAMPAIGN_ID = ColumnRegistry.indexOf(ColumnRegistry.CAMPAIGN_ID);

    private final JsonMapper mapper;

    ReportRowParser(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param parser positioned on the token that starts the row
     * @param number the row's position in the report (1-based), for the reasons of refused rows
     */
    ReportRow parse(JsonParser parser, long number) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            JsonNode value = mapper.readTree(parser);
            throw new MalformedRowException("row " + number + " is not a JSON object: " + abbreviate(value.toString()));
        }
        Object[] values = new Object[COLUMNS.size()];
        ObjectNode extra = null;
        String problem = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            int index = ColumnRegistry.indexOf(name);
            if (index < 0) {
                if (extra == null) {
                    extra = mapper.createObjectNode();
                }
                extra.set(name, mapper.readTree(parser));
            } else if (token != JsonToken.VALUE_NULL) {
                try {
                    values[index] = value(COLUMNS.get(index), parser, token);
                } catch (MalformedRowException e) {
                    problem = problem == null ? e.getMessage() : problem;
                }
            }
        }
        if (problem == null && values[DATE] == null) {
            problem = ColumnRegistry.DATE_COLUMN + " is missing";
        }
        if (problem == null && values[CAMPAIGN_ID] == null) {
            problem = ColumnRegistry.CAMPAIGN_ID + " is missing";
        }
        if (problem != null) {
            throw new MalformedRowException("row " + number + describe(values) + ": " + problem);
        }
        return new ReportRow(values, extra == null ? null : extra.toString());
    }

    /** Converts the value under the parser, or consumes it whole and says why it does not fit. */
    private Object value(ReportColumn column, JsonParser parser, JsonToken token) {
        return switch (column.type()) {
            case DATE -> date(column, parser, token);
            case ID, COUNT -> integral(column, parser, token);
            case DECIMAL -> decimal(column, parser, token);
            case TEXT -> token == JsonToken.VALUE_STRING ? parser.getString() : mapper.readTree(parser).toString();
        };
    }

    private LocalDate date(ReportColumn column, JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            try {
                return LocalDate.parse(parser.getString());
            } catch (DateTimeParseException e) {
                // reported below with the value as it was sent
            }
        }
        throw wrongType(column, parser, "a date (YYYY-MM-DD)");
    }

    private long integral(ReportColumn column, JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            // 12.0 is a whole number that was written as a decimal
            BigDecimal number = parser.getDecimalValue();
            try {
                return number.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        throw wrongType(column, parser, "a whole number");
    }

    private BigDecimal decimal(ReportColumn column, JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        throw wrongType(column, parser, "a number");
    }

    private MalformedRowException wrongType(ReportColumn column, JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        String value = token.isScalarValue() ? (token == JsonToken.VALUE_STRING ? '"' + parser.getString() + '"'
                : parser.getString()) : mapper.readTree(parser).toString();
        return new MalformedRowException(column.apiName() + " is " + abbreviate(value) + ", expected " + expected);
    }

    /** The row's date and campaign as far as they were read, so a user can find it in the report. */
    private static String describe(Object[] values) {
        StringBuilder where = new StringBuilder();
        if (values[DATE] != null) {
            where.append(" of ").append(values[DATE]);
        }
        if (values[CAMPAIGN_ID] != null) {
            where.append(" for campaign ").append(values[CAMPAIGN_ID]);
        }
        return where.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
