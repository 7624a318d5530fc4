package io.adsync.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report type the application loads, read once from {@code report-catalog.json} beside this
 * class: the one list of each type's columns, table and key (a test holds each table's migration
 * to its definition, another each request body to Amazon's valid columns).
 */
public final class ReportCatalog {

    public static final String SP_CAMPAIGNS = "spCampaigns";

    private static final List<ReportDefinition> DEFINITIONS = load();

    private ReportCatalog() {
    }

    /** As the file lists them: spCampaigns first. */
    public static List<ReportDefinition> all() {
        return DEFINITIONS;
    }

    public static Optional<ReportDefinition> find(String reportTypeId) {
        return DEFINITIONS.stream().filter(definition -> definition.reportTypeId().equals(reportTypeId)).findFirst();
    }

    /** @throws IllegalArgumentException for a type the catalogue does not have */
    public static ReportDefinition of(String reportTypeId) {
        return find(reportTypeId).orElseThrow(() -> new IllegalArgumentException("Unknown report type "
                + reportTypeId + ": known are " + String.join(", ", reportTypeIds())));
    }

    public static List<String> reportTypeIds() {
        return DEFINITIONS.stream().map(ReportDefinition::reportTypeId).toList();
    }

    /**
     * The campaign report of each ad product (Sponsored Products, Brands, Display): together they hold
     * all the ad spend once, which the other types break down.
     */
    public static List<ReportDefinition> campaignReports() {
        return DEFINITIONS.stream().filter(definition -> definition.groupBy().equals(List.of("campaign"))).toList();
    }

    /** The Sponsored Products campaign report: the one version 1 loaded, every profile's default. */
    public static ReportDefinition spCampaigns() {
        return of(SP_CAMPAIGNS);
    }

    /** The file's shape. */
    private record Entry(String reportTypeId, String adProduct, List<String> groupBy, String table, List<String> key,
                         int retentionDays, String spend, String revenue, List<String> generated,
                         List<Column> columns) {

        ReportDefinition toDefinition() {
            return new ReportDefinition(reportTypeId, adProduct, groupBy, table, key, retentionDays, spend, revenue,
                    generated, columns.stream().map(column -> ReportColumn.of(column.name(), column.type())).toList());
        }
    }

    private record Column(String name, ReportColumn.ColumnType type) {
    }

    private static List<ReportDefinition> load() {
        try (InputStream in = ReportCatalog.class.getResourceAsStream("report-catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("report-catalog.json is missing beside " + ReportCatalog.class);
            }
            List<Entry> entries = JsonMapper.builder().build().readValue(in, new TypeReference<List<Entry>>() { });
            return entries.stream().map(Entry::toDefinition).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
