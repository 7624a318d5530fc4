package io.adsync.report;

import static io.adsync.report.ReportColumn.ColumnType.COUNT;
import static io.adsync.report.ReportColumn.ColumnType.DATE;
import static io.adsync.report.ReportColumn.ColumnType.DECIMAL;
import static io.adsync.report.ReportColumn.ColumnType.ID;
import static io.adsync.report.ReportColumn.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of spCampaigns report columns. It drives the report request body, the camelCase to
 * snake_case mapping of rows, the upsert SQL, and {@code ReportTableTest} holds the
 * {@code amazon_sp_ads} migration to exactly these columns.
 *
 * <p>Only columns Amazon's v3 reference lists as valid for spCampaigns grouped by campaign are here:
 * one invalid column makes Amazon reject the whole report with a 400.
 */
public final class ColumnRegistry {

    /** Attribution windows Amazon reports sales, purchases and units for. */
    public static final List<String> ATTRIBUTION_WINDOWS = List.of("1d", "7d", "14d", "30d");

    /** Amazon's reportTypeId of these columns, as {@code report_coverage} and pending reports name it. */
    public static final String REPORT_TYPE = "spCampaigns";
    /** The table the report's rows are stored in. */
    public static final String TABLE = "amazon_sp_ads";
    /** The columns of the table's unique key, the upsert's conflict target: one row per profile, day and campaign. */
    public static final List<String> KEY = List.of("org_id", "profile_id", "date", "campaign_id");

    public static final String DATE_COLUMN = "date";
    public static final String CAMPAIGN_ID = "campaignId";

    private static final List<ReportColumn> COLUMNS = build();
    private static final Map<String, Integer> POSITION = positions(COLUMNS);

    private ColumnRegistry() {
    }

    private static List<ReportColumn> build() {
        List<ReportColumn> columns = new ArrayList<>();
        // dimensions
        columns.add(ReportColumn.of(DATE_COLUMN, DATE));
        columns.add(ReportColumn.of(CAMPAIGN_ID, ID));
        columns.add(ReportColumn.of("campaignName", TEXT));
        columns.add(ReportColumn.of("campaignStatus", TEXT));
        columns.add(ReportColumn.of("campaignBudgetAmount", DECIMAL));
        columns.add(ReportColumn.of("campaignBudgetType", TEXT));
        columns.add(ReportColumn.of("campaignBudgetCurrencyCode", TEXT));
        columns.add(ReportColumn.of("campaignRuleBasedBudgetAmount", DECIMAL));
        columns.add(ReportColumn.of("campaignApplicableBudgetRuleId", TEXT));
        columns.add(ReportColumn.of("campaignApplicableBudgetRuleName", TEXT));
        columns.add(ReportColumn.of("campaignBiddingStrategy", TEXT));
        // metrics
        columns.add(ReportColumn.of("impressions", COUNT));
        columns.add(ReportColumn.of("clicks", COUNT));
        columns.add(ReportColumn.of("cost", DECIMAL));
        columns.add(ReportColumn.of("spend", DECIMAL));
        columns.add(ReportColumn.of("costPerClick", DECIMAL));
        columns.add(ReportColumn.of("clickThroughRate", DECIMAL));
        columns.add(ReportColumn.of("topOfSearchImpressionShare", DECIMAL));
        columns.add(ReportColumn.of("addToList", COUNT));
        columns.add(ReportColumn.of("qualifiedBorrows", COUNT));
        columns.add(ReportColumn.of("royaltyQualifiedBorrows", COUNT));
        columns.add(ReportColumn.of("kindleEditionNormalizedPagesRead14d", COUNT));
        columns.add(ReportColumn.of("kindleEditionNormalizedPagesRoyalties14d", DECIMAL));
        for (String window : ATTRIBUTION_WINDOWS) {
            columns.add(ReportColumn.of("sales" + window, DECIMAL));
            columns.add(ReportColumn.of("purchases" + window, COUNT));
            columns.add(ReportColumn.of("unitsSoldClicks" + window, COUNT));
            columns.add(ReportColumn.of("attributedSalesSameSku" + window, DECIMAL));
            columns.add(ReportColumn.of("purchasesSameSku" + window, COUNT));
            columns.add(ReportColumn.of("unitsSoldSameSku" + window, COUNT));
        }
        return Collections.unmodifiableList(columns);
    }

    private static Map<String, Integer> positions(List<ReportColumn> columns) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byName.put(columns.get(i).apiName(), i);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Every report column, in table order. */
    public static List<ReportColumn> columns() {
        return COLUMNS;
    }

    /** The {@code columns} list of the report request body. */
    public static List<String> apiNames() {
        return COLUMNS.stream().map(ReportColumn::apiName).toList();
    }

    /** Position of a report key in {@link #columns()}, or -1 when no column holds it. */
    public static int indexOf(String apiName) {
        return POSITION.getOrDefault(apiName, -1);
    }
}
