package io.adsync.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

/**
 * A report type as the sandbox, playing Amazon, accepts it: its ad product, grouping, retention and
 * the columns valid for it at DAILY with their value hints ({@code id}, {@code text}, {@code date},
 * {@code decimal}, {@code count}). The sandbox's own copy of Amazon's reference, deliberately
 * independent of the app's report catalogue: the app's lists are what it asks for, these what
 * "Amazon" accepts, and a test of the app holds the first to the second.
 */
public record SandboxReportType(String reportTypeId, String adProduct, String groupBy, int retentionDays,
                                Map<String, String> columns) {

    private static final List<SandboxReportType> TYPES = load();

    public SandboxReportType {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public static List<SandboxReportType> all() {
        return TYPES;
    }

    public static Optional<SandboxReportType> find(String reportTypeId) {
        return TYPES.stream().filter(type -> type.reportTypeId().equals(reportTypeId)).findFirst();
    }

    public boolean accepts(String column) {
        return columns.containsKey(column);
    }

    private record File(String source, List<SandboxReportType> reportTypes) {
    }

    private static List<SandboxReportType> load() {
        try (InputStream in = SandboxReportType.class.getResourceAsStream("amazon-v3-daily-columns.json")) {
            return SandboxHttp.MAPPER.readValue(in, new TypeReference<File>() { }).reportTypes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
