package io.adsync.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a create-report body the way Amazon does, for every report type it knows ({@link SandboxReportType}),
 * answering with Amazon's 400 details, so the client's handling of a rejected request is exercised against the real
 * wording.
 */
final class ReportRequestValidator {

    static final int MAX_RANGE_DAYS = 31;

    private final SandboxFaults faults;

    ReportRequestValidator(SandboxFaults faults) {
        this.faults = faults;
    }

    ReportRequest validate(byte[] body, LocalDate today) {
        JsonNode request = parse(body);
        JsonNode configuration = request.path("configuration");
        if (!configuration.isObject()) {
            throw rejected("configuration is required");
        }
        String reportTypeId = text(configuration, "reportTypeId");
        SandboxReportType type = SandboxReportType.find(reportTypeId).orElseThrow(() -> rejected(
                "configuration reportTypeId is unknown or invalid"));
        requireValue(configuration, "adProduct", type.adProduct(),
                value -> "configuration adProduct " + value + " is not supported for report type " + reportTypeId);
        List<String> groupBy = strings(configuration.path("groupBy"), "groupBy");
        if (!groupBy.equals(List.of(type.groupBy()))) {
            throw rejected("configuration invalid groupBy values: (" + String.join(", ", groupBy)
                    + "). Allowed values: (" + type.groupBy() + ")");
        }
        List<String> columns = strings(configuration.path("columns"), "columns");
        if (columns.isEmpty()) {
            throw rejected("configuration columns must not be empty");
        }
        List<String> unsupported = columns.stream()
                .filter(column -> !type.accepts(column) || faults.isRetired(reportTypeId, column)).toList();
        if (!unsupported.isEmpty()) {
            // Amazon's wording; the allowed list is what it accepts today
            throw rejected("configuration columns includes invalid values: (" + String.join(", ", unsupported)
                    + "). Allowed values: (" + String.join(", ", type.columns().keySet().stream()
                    .filter(column -> !faults.isRetired(reportTypeId, column)).toList()) + ")");
        }
        requireValue(configuration, "timeUnit", "DAILY",
                value -> "configuration timeUnit " + value + " is not supported together with the date column");
        requireValue(configuration, "format", "GZIP_JSON",
                value -> "configuration format " + value + " is not supported");

        LocalDate start = date(request, "startDate");
        LocalDate end = date(request, "endDate");
        if (end.isBefore(start)) {
            throw rejected("endDate must not be before startDate");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
            throw rejected("The report date range must not exceed " + MAX_RANGE_DAYS + " days");
        }
        if (start.isBefore(today.minusDays(type.retentionDays()))) {
            // Amazon's wording for a start before the type's retention
            throw rejected("startDate (" + start + ") must be equal to or after report type data retention start "
                    + "date (" + today.minusDays(type.retentionDays()) + ")");
        }
        JsonNode name = request.path("name");
        return new ReportRequest(name.isString() ? name.stringValue() : null, start, end, configuration,
                List.copyOf(columns), type);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode request = SandboxHttp.MAPPER.readTree(body);
            if (request == null || !request.isObject()) {
                throw rejected("The request body must be a JSON object");
            }
            return request;
        } catch (JacksonException e) {
            throw rejected("Malformed JSON in the request body");
        }
    }

    private static String text(JsonNode configuration, String field) {
        JsonNode value = configuration.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw rejected("configuration " + field + " is required");
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static void requireValue(JsonNode configuration, String field, String expected,
                                     Function<String, String> detail) {
        JsonNode value = configuration.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw rejected("configuration " + field + " is required");
        }
        if (!value.isString() || !expected.equals(value.stringValue())) {
            throw rejected(detail.apply(value.isString() ? value.stringValue() : value.toString()));
        }
    }

    private static List<String> strings(JsonNode array, String field) {
        if (!array.isArray()) {
            throw rejected("configuration " + field + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : array.values()) {
            if (!element.isString()) {
                throw rejected("configuration " + field + " must be an array of strings");
            }
            values.add(element.stringValue());
        }
        return values;
    }

    private static LocalDate date(JsonNode request, String field) {
        JsonNode value = request.path(field);
        if (!value.isString()) {
            throw rejected(field + " is required");
        }
        try {
            return LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException e) {
            throw rejected(field + " must be a date in the format YYYY-MM-DD");
        }
    }

    private static HttpFailure rejected(String detail) {
        return HttpFailure.api(400, detail);
    }
}
