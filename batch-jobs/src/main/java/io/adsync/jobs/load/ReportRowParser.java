package io.adsync.jobs.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.report.ReportColumn;
import io.adsync.report.ReportDefinition;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one camelCase report row straight from the JSON tokens into the registry's columns with
 * their types; keys the report type's definition does not know go to {@code extra}, so nothing Amazon returns is
 * dropped. No tree of the row is built: parsing a million rows is most of the load's CPU, and a tree
 * per row would double it. Values are kept in the form the COPY text needs ({@link ReportRow}).
 *
 * <p>A row that cannot be stored (a value of the wrong type, no date or no id of the type's key) is read to its
 * end, so the next row starts where it should, and then refused with a {@link MalformedRowException}
 * naming the first problem; the step skips it.
 */
final class ReportRowParser {


    /** {@code numeric}'s limits: digits before the decimal point, and after it. */
    private static final int NUMERIC_MAX_WHOLE_DIGITS = 131_072;
    private static final int NUMERIC_MAX_SCALE = 16_383;
    /** Positions need fewer distinct names than this; a report with more is not cached beyond it. */
    private static final int MAX_CACHED_NAMES = 1024;
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    private final JsonMapper mapper;
    private final ReportDefinition definition;
    private final List<ReportColumn> columns;
    /** positions of the date and the type's ids: a row without one cannot be stored */
    private final int[] required;
    /**
     * Positions by key, compared by identity: the parser hands out one canonical String per key
     * name, so a row's 48 lookups cost no string comparison.
     */
    private final Map<String, Integer> positions = new IdentityHashMap<>();
    /** Rows of a report come day by day: the date of the row before is usually this row's. */
    private String lastDate = "";

    ReportRowParser(JsonMapper mapper, ReportDefinition definition) {
        this.mapper = mapper;
        this.definition = definition;
        this.columns = definition.columns();
        this.required = definition.requiredColumns().stream().mapToInt(definition::indexOf).toArray();
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
        Object[] values = new Object[columns.size()];
        StringBuilder extra = null;
        String problem = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            int index = position(name);
            if (index < 0) {
                extra = extra == null ? new StringBuilder(64).append('{') : extra.append(',');
                appendExtra(extra, name, parser, token);
            } else if (token != JsonToken.VALUE_NULL) {
                try {
                    values[index] = value(columns.get(index), parser, token);
                } catch (MalformedRowException e) {
                    problem = problem == null ? e.getMessage() : problem;
                }
            }
        }
        for (int index : required) {
            if (problem == null && values[index] == null) {
                problem = columns.get(index).apiName() + " is missing";
            }
        }
        if (problem != null) {
            throw new MalformedRowException("row " + number + describe(values) + ": " + problem);
        }
        return new ReportRow(values, extra == null ? null : extra.append('}').toString());
    }

    /**
     * Writes {@code "name":value} of a key without a column as JSON text, scalars as sent: every row
     * of a report usually carries such a key, and a tree per row and a generator to print it cost a
     * fifth of the parsing. (A key twice in a row is written twice; jsonb keeps the last, as a tree would.)
     */
    private void appendExtra(StringBuilder extra, String name, JsonParser parser, JsonToken token) {
        extra.append('"');
        QUOTE.quoteAsString(name, extra);
        extra.append("\":");
        switch (token) {
            case VALUE_STRING -> {
                extra.append('"');
                QUOTE.quoteAsString(parser.getString(), extra);
                extra.append('"');
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                    extra.append(parser.getString());
            default -> extra.append(mapper.readTree(parser).toString());
        }
    }

    private int position(String name) {
        Integer index = positions.get(name);
        if (index == null) {
            index = definition.indexOf(name);
            if (positions.size() < MAX_CACHED_NAMES) {
                positions.put(name, index);
            }
        }
        return index;
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

    /** The date as sent, once it is known to be one (YYYY-MM-DD, as PostgreSQL reads it too). */
    private String date(ReportColumn column, JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            if (text.equals(lastDate)) {
                return lastDate;
            }
            try {
                LocalDate.parse(text);
                lastDate = text;
                return text;
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

    /**
     * The number as sent: JSON numbers are a subset of what PostgreSQL's {@code numeric} reads,
     * exponents included, so the text is stored exactly without a BigDecimal per value.
     */
    private String decimal(ReportColumn column, JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = parser.getString();
            if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
                return text;
            }
            // an exponent can say more digits than the column holds: refuse the row, not the chunk
            BigDecimal number = parser.getDecimalValue();
            if (number.precision() - number.scale() <= NUMERIC_MAX_WHOLE_DIGITS && number.scale() <= NUMERIC_MAX_SCALE) {
                return text;
            }
        }
        throw wrongType(column, parser, "a number");
    }

    private MalformedRowException wrongType(ReportColumn column, JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        String value = token.isScalarValue() ? (token == JsonToken.VALUE_STRING ? '"' + parser.getString() + '"'
                : parser.getString()) : mapper.readTree(parser).toString();
        return new MalformedRowException(column.apiName() + " is " + abbreviate(value) + ", expected " + expected);
    }

    /** The row's date and ids as far as they were read, so a user can find it in the report. */
    private String describe(Object[] values) {
        StringBuilder where = new StringBuilder();
        for (int index : required) {
            if (values[index] != null) {
                String name = columns.get(index).apiName();
                where.append(ReportDefinition.DATE.equals(name) ? " of " : " for " + name + " ").append(values[index]);
            }
        }
        return where.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
