package io.adsync.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** {@code GET /api/reports/amazon} over an org with a GBP and a USD profile: money per currency, never summed. */
@AdsSyncAppTest
class AmazonReportProfilesApiTest {

    static final long UK = 1_000_001L;
    static final long US = 1_000_002L;
    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    static final LocalDate MARCH_2 = LocalDate.of(2025, 3, 2);
    static final String RANGE = "from=2025-03-01&to=2025-03-02";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    long org;
    AdRows uk;
    AdRows us;

    @BeforeEach
    void orgWithAPoundAndADollarProfile() {
        http = new TestHttp(port);
        org = TestOrgs.create(jdbc);
        TestOrgs.addProfile(jdbc, org, UK, ZoneId.of("Europe/London"), "GB", "GBP");
        TestOrgs.addProfile(jdbc, org, US, ZoneId.of("America/Los_Angeles"), "US", "USD");
        uk = new AdRows(jdbc, org, UK);
        us = new AdRows(jdbc, org, US);
        uk.campaign(MARCH_1, 111, "UK Brand", "10.00", "40.00", 5, 100)
                .campaign(MARCH_2, 111, "UK Brand", "5.00", "5.00", 2, 50);
        us.campaign(MARCH_1, 111, "US Brand", "20.00", "30.00", 7, 300)
                .loadedWithoutActivity(MARCH_2);
        uk.sales(MARCH_1, "SKU-A", "100.00", 3, 10);
    }

    @Test
    void salesCountForTheProfileOfTheirMarketplaceInItsCurrency() {
        jdbc.sql("update ads_profiles set marketplace_id = case profile_id when ? then 'A1F83G8C2ARO7P' "
                + "else 'ATVPDKIKX0DER' end where org_id = ?").params(UK, org).update();
        jdbc.sql("insert into amazon_sales_traffic (org_id, marketplace_id, date, sku, revenue, units, sessions) "
                + "values (?, 'A1F83G8C2ARO7P', ?, 'UK-SKU', 500.00, 5, 50)").params(org, MARCH_1).update();

        JsonNode uk = report(RANGE + "&profileId=" + UK).json();
        JsonNode us = report(RANGE + "&profileId=" + US).json();
        JsonNode all = report(RANGE).json();

        assertThat(uk.get("totals").get("revenue").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(uk.get("coverage").get("salesLoaded").asInt()).isEqualTo(1);
        assertThat(us.get("totals").get("revenue").isNull()).as("no sales in the US marketplace").isTrue();
        JsonNode pounds = all.get("byCurrency").get(0).get("currencyCode").asString().equals("GBP")
                ? all.get("byCurrency").get(0) : all.get("byCurrency").get(1);
        assertThat(pounds.get("revenue").decimalValue()).as("the pounds are the UK marketplace's")
                .isEqualByComparingTo("500.00");
    }

    @Test
    void twoCurrenciesAreTotalledEachOnItsOwnAndNotAddedUp() {
        JsonNode report = report(RANGE).json();

        assertThat(report.get("currency").isNull()).isTrue();
        JsonNode totals = report.get("totals");
        for (String money : List.of("adSpend", "adRevenue", "roas", "revenue", "estimatedPayout", "tacos")) {
            assertThat(totals.get(money).isNull()).as("totals.%s of GBP and USD", money).isTrue();
        }
        assertThat(totals.get("units").asLong()).as("counts add up across currencies").isEqualTo(3);
        assertThat(totals.get("sessions").asLong()).isEqualTo(10);
        JsonNode firstDay = report.get("days").get(0);
        assertThat(firstDay.get("adsLoaded").asBoolean()).isTrue();
        assertThat(firstDay.get("adSpend").isNull()).as("a day's GBP and USD spend").isTrue();
        assertThat(firstDay.get("revenue").isNull()).isTrue();

        JsonNode byCurrency = report.get("byCurrency");
        assertThat(byCurrency).extracting(entry -> entry.get("currencyCode").asString())
                .containsExactly("GBP", "USD");
        assertThat(byCurrency.get(0).get("adSpend").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(byCurrency.get(0).get("adRevenue").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(byCurrency.get(0).get("roas").decimalValue()).isEqualByComparingTo("3.0000");
        assertThat(byCurrency.get(1).get("adSpend").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(byCurrency.get(1).get("adRevenue").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(byCurrency.get(1).get("roas").decimalValue()).isEqualByComparingTo("1.5000");
        assertThat(byCurrency.get(0).get("revenue").isNull()).as("the org's sales are in neither currency").isTrue();
    }

    @Test
    void oneProfileHasItsOwnCurrencyAndSums() {
        JsonNode report = report(RANGE + "&profileId=" + US).json();

        assertThat(report.get("currency").asString()).isEqualTo("USD");
        assertThat(report.get("totals").get("adSpend").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(report.get("totals").get("adRevenue").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(report.get("days").get(0).get("adSpend").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(report.get("days").get(1).get("adSpend").decimalValue()).as("loaded, no activity").isZero();
        assertThat(report.get("byCurrency")).hasSize(1);
        assertThat(report.get("byCurrency").get(0).get("adSpend").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(report.get("totals").get("revenue").isNull())
                .as("sales rows name no profile: they are not one profile's").isTrue();
    }

    @Test
    void profilesOfOneCurrencyAddUpAsBefore() {
        long secondUk = 1_000_003L;
        TestOrgs.addProfile(jdbc, org, secondUk, ZoneId.of("Europe/London"), "GB", "GBP");
        uk.ofProfile(secondUk).campaign(MARCH_1, 111, "Second UK shop", "2.50", "7.50", 1, 10)
                .loadedWithoutActivity(MARCH_2);

        JsonNode report = report(RANGE + "&profileId=" + UK + "," + secondUk).json();

        assertThat(report.get("currency").asString()).isEqualTo("GBP");
        assertThat(report.get("totals").get("adSpend").decimalValue()).as("10 + 5 + 2.50").isEqualByComparingTo("17.50");
        assertThat(report.get("days").get(0).get("adSpend").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(report.get("byCurrency")).hasSize(1);
    }

    @Test
    void aDayIsLoadedWhenEverySelectedProfileHasIt() {
        uk.loadedWithoutActivity(LocalDate.of(2025, 3, 3));

        JsonNode all = report("from=2025-03-01&to=2025-03-03").json();
        JsonNode ukOnly = report("from=2025-03-01&to=2025-03-03&profileId=" + UK).json();

        assertThat(all.get("days")).extracting(day -> day.get("adsLoaded").asBoolean())
                .as("the US profile lacks 3 March").containsExactly(true, true, false);
        assertThat(all.get("coverage").get("adsLoaded").asInt()).isEqualTo(2);
        assertThat(ukOnly.get("coverage").get("adsLoaded").asInt()).isEqualTo(3);
        assertThat(ukOnly.get("days").get(2).get("adSpend").decimalValue()).isZero();
    }

    @Test
    void refusesAProfileTheOrgDoesNotHave() {
        long otherOrg = TestOrgs.create(jdbc);
        TestOrgs.addProfile(jdbc, otherOrg, 2_000_001L, ZoneId.of("Europe/London"));

        assertError(report(RANGE + "&profileId=2000001"), "Profile 2000001 is not a profile of organization " + org);
        assertError(report(RANGE + "&profileId=" + UK + ",uk"),
                "profileId must be a profile id or several separated by commas, got 'uk'");
    }

    private Response report(String query) {
        return http.get("/api/reports/amazon?orgId=" + org + "&" + query, "Authorization", TestHttp.admin());
    }

    private static void assertError(Response response, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("error").asString()).isEqualTo(error);
    }
}
