package io.adsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SandboxDataTest {

    private static final long GB = SandboxAccounts.PROFILE_GB;
    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    private final SandboxData data = new SandboxData(40);

    @Test
    void theReportTypesAddUpAsAmazonsDoAndAdvertiseTheSkusTheSellerSells() {
        SandboxReportType campaigns = SandboxReportType.find("spCampaigns").orElseThrow();
        SandboxReportType targeting = SandboxReportType.find("spTargeting").orElseThrow();
        SandboxReportType products = SandboxReportType.find("spAdvertisedProduct").orElseThrow();
        SandboxReportType searchTerms = SandboxReportType.find("spSearchTerm").orElseThrow();
        LocalDate asOf = DAY.plusDays(40);

        BigDecimal campaignCost = sum(data.rows(GB, campaigns, DAY, asOf), "cost");
        assertThat(sum(data.rows(GB, targeting, DAY, asOf), "cost")).isEqualByComparingTo(campaignCost);
        assertThat(sum(data.rows(GB, products, DAY, asOf), "cost")).isEqualByComparingTo(campaignCost);
        assertThat(sum(data.rows(GB, searchTerms, DAY, asOf), "cost")).isLessThan(campaignCost);
        assertThat(data.rows(GB, searchTerms, DAY, asOf)).as("search terms, the largest report")
                .hasSizeGreaterThan(data.rows(GB, targeting, DAY, asOf).size())
                .allSatisfy(row -> assertThat((Long) row.get("clicks")).isPositive());
        List<String> sold = new SandboxSales(data).skus("A1F83G8C2ARO7P").stream().map(SandboxSales.Sku::sku).toList();
        assertThat(data.rows(GB, products, DAY, asOf)).extracting(row -> (String) row.get("advertisedSku"))
                .isNotEmpty().allSatisfy(sku -> assertThat(sold).contains(sku));
    }

    @Test
    void noSkuSellsLessThanItsAdsAttributeToIt() {
        SandboxReportType products = SandboxReportType.find("spAdvertisedProduct").orElseThrow();
        SandboxSales sales = new SandboxSales(data);
        for (LocalDate day = DAY; day.isBefore(DAY.plusDays(14)); day = day.plusDays(1)) {
            if (sales.cancelled("A1F83G8C2ARO7P", day, day.plusDays(5))) {
                continue; // Amazon has no sales document for the day at all
            }
            Map<String, BigDecimal> adSales = new HashMap<>();
            for (Map<String, Object> row : data.rows(GB, products, day, day.plusDays(30))) {
                adSales.merge((String) row.get("advertisedSku"), (BigDecimal) row.get("sales14d"), BigDecimal::add);
            }
            Map<String, BigDecimal> revenue = new HashMap<>();
            sales.day("A1F83G8C2ARO7P", day, day.plusDays(5)).forEach(sku -> revenue.put(sku.sku().sku(), sku.revenue()));
            LocalDate date = day;
            adSales.forEach((sku, attributed) -> assertThat(revenue.getOrDefault(sku, BigDecimal.ZERO))
                    .as("%s on %s", sku, date).isGreaterThanOrEqualTo(attributed));
        }
    }

    @Test
    void sameProfileDateAndAsOfAlwaysGiveTheSameRows() {
        SandboxData other = new SandboxData(40);

        assertThat(other.rows(GB, DAY, DAY.plusDays(3))).isEqualTo(data.rows(GB, DAY, DAY.plusDays(3)));
        assertThat(other.campaignIds(GB)).isEqualTo(data.campaignIds(GB));
        assertThat(data.rows(SandboxAccounts.PROFILE_US, DAY, DAY.plusDays(3)))
                .isNotEqualTo(data.rows(GB, DAY, DAY.plusDays(3)));
    }

    @Test
    void campaignIdsAreDistinctFifteenDigitNumbers() {
        List<Long> ids = data.campaignIds(GB);

        assertThat(ids).hasSize(40).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.toString()).hasSize(15));
        assertThat(data.rows(GB, DAY, DAY.plusDays(1))).allSatisfy(row -> assertThat(row.get("campaignId"))
                .isInstanceOf(Long.class).isIn(ids.toArray()));
    }

    @Test
    void everyRowHasEveryAcceptedColumnPlusTheTargetingTypeInVaryingOrder() {
        List<Map<String, Object>> rows = data.rows(GB, DAY, DAY.plusDays(1));

        assertThat(rows).allSatisfy(row -> {
            assertThat(row.keySet()).containsAll(SpCampaignsColumns.ACCEPTED).contains("campaignTargetingType")
                    .hasSize(SpCampaignsColumns.ACCEPTED.size() + 1);
            assertThat(row.get("date")).isEqualTo("2026-02-01");
            assertThat(row.get("campaignBudgetCurrencyCode")).isEqualTo("GBP");
            assertThat(row.get("campaignTargetingType")).isIn("MANUAL", "AUTO");
        });
        assertThat(rows.stream().map(row -> List.copyOf(row.keySet())).distinct().count()).isGreaterThan(1);
    }

    @Test
    void moneyHasTwoDecimalsAndRatiosFour() {
        List<Map<String, Object>> rows = month();

        assertThat(rows).allSatisfy(row -> {
            assertThat(scale(row, "cost")).isEqualTo(2);
            assertThat(scale(row, "sales14d")).isEqualTo(2);
            assertThat(scale(row, "campaignBudgetAmount")).isEqualTo(2);
            assertThat(scale(row, "clickThroughRate")).isEqualTo(4);
            assertThat(row.get("impressions")).isInstanceOf(Long.class);
        });
        assertThat(rows).filteredOn(row -> row.get("costPerClick") != null)
                .allSatisfy(row -> assertThat(scale(row, "costPerClick")).isEqualTo(4));
    }

    @Test
    void someMetricsAreNull() {
        List<Map<String, Object>> rows = month();

        assertThat(rows).filteredOn(row -> row.get("topOfSearchImpressionShare") == null)
                .hasSizeBetween(rows.size() / 10, rows.size() / 2);
        assertThat(rows).filteredOn(row -> row.get("campaignRuleBasedBudgetAmount") == null)
                .hasSizeGreaterThan(rows.size() * 3 / 4);
    }

    @Test
    void aboutOneCampaignInFiveIsAbsentOnADay() {
        List<Map<String, Object>> rows = month();

        int possible = 40 * 30;
        assertThat(rows).hasSizeBetween(possible * 70 / 100, possible * 90 / 100);
        assertThat(data.countRows(GB, DAY, DAY.plusDays(29), DAY.plusDays(30))).isEqualTo(rows.size());
    }

    @Test
    void lateConversionsRestateADatesSalesForThirtyDays() {
        List<Map<String, Object>> early = data.rows(GB, DAY, DAY.plusDays(1));
        List<Map<String, Object>> late = data.rows(GB, DAY, DAY.plusDays(20));

        assertThat(late).isNotEqualTo(early);
        assertThat(ids(late)).isEqualTo(ids(early));
        for (int i = 0; i < early.size(); i++) {
            Map<String, Object> before = early.get(i);
            Map<String, Object> after = late.get(i);
            assertThat(after.get("impressions")).isEqualTo(before.get("impressions"));
            assertThat(after.get("cost")).isEqualTo(before.get("cost"));
            assertThat(after.get("sales1d")).isEqualTo(before.get("sales1d"));
            assertThat(money(after, "sales30d")).isGreaterThanOrEqualTo(money(before, "sales30d"));
            assertThat((Long) after.get("purchases14d")).isGreaterThanOrEqualTo((Long) before.get("purchases14d"));
        }
        assertThat(sum(late, "sales30d")).isGreaterThan(sum(early, "sales30d"));
        assertThat(data.rows(GB, DAY, DAY.plusDays(40))).isEqualTo(data.rows(GB, DAY, DAY.plusDays(31)));
    }

    @Test
    void longerWindowsNeverShowLessThanShorterOnes() {
        assertThat(month()).allSatisfy(row -> {
            assertThat(money(row, "sales1d")).isLessThanOrEqualTo(money(row, "sales7d"));
            assertThat(money(row, "sales7d")).isLessThanOrEqualTo(money(row, "sales14d"));
            assertThat(money(row, "sales14d")).isLessThanOrEqualTo(money(row, "sales30d"));
            assertThat(money(row, "attributedSalesSameSku14d")).isLessThanOrEqualTo(money(row, "sales14d"));
            assertThat((Long) row.get("unitsSoldClicks14d")).isGreaterThanOrEqualTo((Long) row.get("purchases14d"));
        });
    }

    @Test
    void datesBeyondAmazonsRetentionOrInTheFutureHaveNoRows() {
        assertThat(data.rows(GB, DAY, DAY.plusDays(95))).isNotEmpty();
        assertThat(data.rows(GB, DAY, DAY.plusDays(96))).isEmpty();
        assertThat(data.rows(GB, DAY, DAY.minusDays(1))).isEmpty();
    }

    @Test
    void downloadsOfTheSameDateAgreeOnTheSameDayAndAreRestatedLater() {
        ManualClock clock = new ManualClock(Instant.parse("2026-02-02T12:00:00Z"));
        SandboxOptions options = SandboxOptions.defaults().withClock(clock).withReportDelay(Duration.ofSeconds(1));
        try (AdsSandbox first = AdsSandbox.start(options); AdsSandbox second = AdsSandbox.start(options)) {
            List<Map<String, Object>> firstRows = download(first, clock);
            List<Map<String, Object>> secondRows = download(second, clock);
            clock.advance(Duration.ofDays(19));
            List<Map<String, Object>> restated = download(first, clock);

            assertThat(secondRows).isEqualTo(firstRows).isEqualTo(first.data().rows(GB, DAY, DAY.plusDays(1)));
            assertThat(restated).isNotEqualTo(firstRows).isEqualTo(first.data().rows(GB, DAY, DAY.plusDays(20)));
        }
    }

    private static List<Map<String, Object>> download(AdsSandbox sandbox, ManualClock clock) {
        SandboxClient client = new SandboxClient(sandbox);
        client.signIn();
        String reportId = client.createdReportId(GB, DAY, DAY);
        clock.advance(Duration.ofSeconds(1));
        return SandboxClient.gunzipRows(client.download(client.downloadUrl(GB, reportId)).body());
    }

    private List<Map<String, Object>> month() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            rows.addAll(data.rows(GB, DAY.plusDays(day), DAY.plusDays(30)));
        }
        return rows;
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("campaignId")).toList();
    }

    private static int scale(Map<String, Object> row, String column) {
        return money(row, column).scale();
    }

    private static BigDecimal money(Map<String, Object> row, String column) {
        return (BigDecimal) row.get(column);
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(row -> money(row, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
