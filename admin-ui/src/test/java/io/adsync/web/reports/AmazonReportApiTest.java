package io.adsync.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AdsSyncAppTest
class AmazonReportApiTest {

    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    static final LocalDate MARCH_2 = LocalDate.of(2025, 3, 2);
    static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    long org;
    AdRows rows;

    @BeforeEach
    void newOrg() {
        http = new TestHttp(port);
        org = TestOrgs.create(jdbc);
        rows = new AdRows(jdbc, org);
    }

    @Test
    void sumsCostAsAdSpendAndFourteenDaySalesAsAdRevenuePerDay() {
        rows.campaign(MARCH_1, 111, "Brand", "10.25", "40.00", 12, 900)
                .campaign(MARCH_1, 222, "Generic", "4.75", "5.50", 3, 300)
                .campaign(MARCH_2, 111, "Brand", "8.00", "0", 2, 100);

        JsonNode report = report("from=2025-03-01&to=2025-03-02").json();

        assertThat(report.get("days")).hasSize(2);
        JsonNode first = report.get("days").get(0);
        assertThat(first.get("date").asString()).isEqualTo("2025-03-01");
        assertThat(first.get("adSpend").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(first.get("adRevenue").decimalValue()).isEqualByComparingTo("45.50");
        JsonNode totals = report.get("totals");
        assertThat(totals.get("adSpend").decimalValue()).isEqualByComparingTo("23.00");
        assertThat(totals.get("adRevenue").decimalValue()).isEqualByComparingTo("45.50");
        assertThat(totals.get("roas").decimalValue()).isEqualByComparingTo("1.9783");
    }

    @Test
    void adSpendAndAdRevenueIncludeSponsoredBrandsAndDisplayWithTheSplitByAdProduct() {
        rows.campaign(MARCH_1, 111, "Brand", "10.00", "40.00", 12, 900);
        jdbc.sql("insert into amazon_sb_campaigns (org_id, profile_id, date, campaign_id, cost, sales, "
                + "campaign_budget_currency_code) "
                + "values (?, ?, ?, 501, 3.00, 9.00, 'GBP')").params(org, AdRows.PROFILE, MARCH_1).update();
        jdbc.sql("insert into amazon_sd_campaigns (org_id, profile_id, date, campaign_id, cost, sales, "
                + "campaign_budget_currency_code) "
                + "values (?, ?, ?, 601, 2.00, 1.00, 'GBP')").params(org, AdRows.PROFILE, MARCH_1).update();

        JsonNode report = report("from=2025-03-01&to=2025-03-01").json();

        assertThat(report.get("totals").get("adSpend").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(report.get("totals").get("adRevenue").decimalValue()).isEqualByComparingTo("50.00");
        JsonNode byAdProduct = report.get("byAdProduct");
        assertThat(byAdProduct).hasSize(3);
        assertThat(byAdProduct.get(0).get("adProduct").asString()).isEqualTo("SPONSORED_BRANDS");
        assertThat(byAdProduct.get(0).get("adSpend").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(byAdProduct.get(0).get("roas").decimalValue()).isEqualByComparingTo("3");
        assertThat(byAdProduct.get(1).get("adProduct").asString()).isEqualTo("SPONSORED_DISPLAY");
        assertThat(byAdProduct.get(2).get("adProduct").asString()).isEqualTo("SPONSORED_PRODUCTS");
        assertThat(byAdProduct.get(2).get("adRevenue").decimalValue()).isEqualByComparingTo("40.00");
    }

    @Test
    void mergesSalesAndAdsByDateWithoutMultiplyingEitherSide() {
        // two campaigns and two SKUs on one day: a join would count each side twice
        rows.campaign(MARCH_1, 111, "Brand", "10.00", "30.00", 1, 10)
                .campaign(MARCH_1, 222, "Generic", "5.00", "10.00", 1, 10)
                .sales(MARCH_1, "SKU-A", "100.00", 4, 50)
                .sales(MARCH_1, "SKU-B", "60.00", 2, 30)
                .product("SKU-A", "3.00", "15")
                .product("SKU-B", "2.50", "8");

        JsonNode day = report("from=2025-03-01&to=2025-03-01").json().get("days").get(0);

        assertThat(day.get("revenue").decimalValue()).isEqualByComparingTo("160.00");
        assertThat(day.get("units").asLong()).isEqualTo(6);
        assertThat(day.get("sessions").asLong()).isEqualTo(80);
        assertThat(day.get("adSpend").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(day.get("adRevenue").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(day.get("fbaFees").decimalValue()).as("4 x 3.00 + 2 x 2.50").isEqualByComparingTo("17.00");
        assertThat(day.get("referralFees").decimalValue()).as("15% of 100 + 8% of 60").isEqualByComparingTo("19.80");
        assertThat(day.get("estimatedPayout").decimalValue()).as("160 - 15 - 17 - 19.80")
                .isEqualByComparingTo("108.20");
    }

    @Test
    void everyDayOfTheRangeIsThereWithNullFiguresWhereItsSideIsNotLoaded() {
        rows.sales(MARCH_2, "SKU-A", "20.00", 1, 5).loadedWithoutActivity(MARCH_2);

        JsonNode report = report("from=2025-03-01&to=2025-03-03").json();

        JsonNode days = report.get("days");
        assertThat(days).extracting(day -> day.get("date").asString())
                .containsExactly("2025-03-01", "2025-03-02", "2025-03-03");
        assertThat(days).extracting(day -> day.get("adsLoaded").asBoolean()).containsExactly(false, true, false);
        assertThat(days).extracting(day -> day.get("salesLoaded").asBoolean()).containsExactly(false, true, false);
        for (String figure : List.of("revenue", "units", "sessions", "adSpend", "adRevenue", "fbaFees",
                "referralFees", "estimatedPayout", "tacos")) {
            assertThat(days.get(0).get(figure).isNull()).as("%s of a day not loaded", figure).isTrue();
        }
        assertThat(days.get(1).get("adSpend").decimalValue()).as("a loaded day without activity").isZero();
        assertThat(days.get(1).get("estimatedPayout").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(report.get("totals").get("revenue").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(report.get("totals").get("roas").isNull()).as("nothing spent").isTrue();
        assertThat(report.get("totals").get("tacos").decimalValue()).isZero();
        assertThat(report.get("coverage").get("days").asInt()).isEqualTo(3);
        assertThat(report.get("coverage").get("adsLoaded").asInt()).isEqualTo(1);
        assertThat(report.get("coverage").get("salesLoaded").asInt()).isEqualTo(1);
    }

    @Test
    void withoutAnySalesRevenueFeesAndPayoutAreNullNotMinusTheAdSpend() {
        rows.campaign(MARCH_1, 111, "Brand", "10.00", "30.00", 1, 10);

        JsonNode report = report("from=2025-03-01&to=2025-03-01").json();

        JsonNode totals = report.get("totals");
        assertThat(totals.get("adSpend").decimalValue()).isEqualByComparingTo("10.00");
        for (String figure : List.of("revenue", "fbaFees", "referralFees", "estimatedPayout", "tacos")) {
            assertThat(totals.get(figure).isNull()).as(figure).isTrue();
        }
        assertThat(report.get("currency").asString()).isEqualTo("GBP");
    }

    @Test
    void seesOnlyItsOwnOrganization() {
        new AdRows(jdbc, TestOrgs.create(jdbc)).campaign(MARCH_1, 111, "Other org", "99.00", "99.00", 1, 1);

        JsonNode report = report("from=2025-03-01&to=2025-03-01").json();

        assertThat(report.get("totals").get("adSpend").isNull()).as("nothing of this org is loaded").isTrue();
        assertThat(report.get("coverage").get("adsLoaded").asInt()).isZero();
    }

    @Test
    void withoutDatesCoversTheLast30DaysEndingYesterday() {
        JsonNode days = report("").json().get("days");

        assertThat(days).hasSize(30);
        assertThat(days.get(29).get("date").asString()).isEqualTo(LocalDate.now().minusDays(1).toString());
    }

    @Test
    void refusesBadDatesWith400InPlainWords() {
        assertError(report("from=yesterday&to=2025-03-01"),
                "The parameter from must be a date (YYYY-MM-DD), got 'yesterday'");
        assertError(report("from=2025-03-05&to=2025-03-01"), "from (2025-03-05) must not be after to (2025-03-01)");
        assertError(report("from=2020-01-01&to=2025-03-01"),
                "The range 2020-01-01 to 2025-03-01 is longer than 367 days: choose a shorter one");
    }

    @Test
    void refusesAnUnknownOrgWith400() {
        Response response = http.get("/api/reports/amazon?orgId=99999999", "Authorization", TestHttp.admin());

        assertError(response, "organization 99999999 does not exist");
    }

    @Test
    void needsTheAdminLogin() {
        Response response = http.get("/api/reports/amazon?orgId=" + org);

        assertThat(response.status()).isEqualTo(401);
    }

    private Response report(String query) {
        return http.get("/api/reports/amazon?orgId=" + org + (query.isEmpty() ? "" : "&" + query),
                "Authorization", TestHttp.admin());
    }

    private static void assertError(Response response, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("error").asString()).isEqualTo(error);
    }
}
