package io.adsync.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleFormat;
import io.adsync.web.console.ConsoleSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AdsSyncAppTest
class ReportsPageTest {

    static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);
    static final LocalDate FIVE_DAYS_AGO = LocalDate.now().minusDays(5);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsoleFormat format;

    ConsoleSession console;
    long org;

    @BeforeEach
    void newOrg() {
        console = new ConsoleSession(port);
        org = TestOrgs.create(jdbc);
        TestOrgs.addProfile(jdbc, org, AdRows.PROFILE, ZoneId.systemDefault());
    }

    @Test
    void scorecardsShowTheTotalsOfTheReportsApi() {
        new AdRows(jdbc, org)
                .campaign(YESTERDAY, 111, "Brand", "1200.50", "4800.25", 40, 9000)
                .campaign(FIVE_DAYS_AGO, 222, "Generic", "99.50", "0.75", 5, 1000);
        JsonNode totals = new TestHttp(port).get("/api/reports/amazon?orgId=" + org, "Authorization",
                TestHttp.admin()).json().get("totals");

        Response page = console.page("/reports?orgId=" + org);

        assertThat(page.status()).isEqualTo(200);
        assertThat(totals.get("adSpend").decimalValue()).isEqualByComparingTo("1300.00");
        assertThat(scorecard(page, "ad-spend")).isEqualTo("£1,300.00");
        assertThat(scorecard(page, "ad-revenue")).isEqualTo("£4,801.00");
        assertThat(scorecard(page, "roas")).as("4801 / 1300").isEqualTo("3.69");
        assertThat(scorecard(page, "estimated-payout")).as("no sales side: no payout").isEqualTo("–");
        assertThat(page.body()).contains("id=\"connect-sp-api\"").doesNotContain("data-scorecard=\"tacos\"");
    }

    @Test
    void theCampaignTableHoldsTheCampaignsOfEveryAdProduct() {
        productsAndBrandsCampaignsYesterday();

        String page = console.page("/reports?orgId=" + org + "&days=7").body();

        assertThat(page).contains("data-ad-product=\"SB\"", "Brand video", "SB · 555", "SP · 111")
                .as("SB spend counts in the scorecards").contains("£17.00");
    }

    @Test
    void theCampaignTableFiltersByAdProductKeepingTheSortAndTheFilterInItsLinks() {
        productsAndBrandsCampaignsYesterday();

        Response brandsOnly = console.htmxGet("/reports/campaigns?orgId=" + org + "&sort=spend&dir=asc&adProduct=SB");
        Response all = console.htmxGet("/reports/campaigns?orgId=" + org + "&sort=spend&dir=asc");

        assertThat(campaignIds(brandsOnly)).containsExactly("555");
        assertThat(campaignIds(all)).containsExactly("555", "111");
        assertThat(brandsOnly.body()).as("the filter offers every ad product of the period, SB marked")
                .contains("data-ad-product=\"all\"", "data-ad-product=\"SP\"")
                .containsPattern("aria-current=\"page\"\\s+data-ad-product=\"SB\"|data-ad-product=\"SB\"[^>]*aria-current=\"page\"")
                .as("sorting keeps the filter").contains("sort=roas&amp;dir=desc&amp;adProduct=SB");
        assertThat(console.page("/reports?orgId=" + org + "&adProduct=XX").body())
                .contains("adProduct must be one of SP, SB or SD, got XX");
    }

    /** Sponsored Products campaign 111 (£10 spend) and Sponsored Brands campaign 555 (£7) of yesterday. */
    private void productsAndBrandsCampaignsYesterday() {
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "Products campaign", "10.00", "30.00", 4, 100);
        jdbc.sql("insert into amazon_sb_campaigns (org_id, profile_id, date, campaign_id, campaign_name, cost, sales, "
                        + "clicks, impressions, campaign_budget_currency_code) "
                        + "values (?, ?, ?, 555, 'Brand video', 7.00, 21.00, 3, 90, 'GBP')")
                .params(org, AdRows.PROFILE, YESTERDAY).update();
    }

    @Test
    void withSalesTheOrganicRevenueAndTheSalesOfEachSkuWithItsAdSpendAreShown() {
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "Brand", "10.00", "30.00", 4, 100)
                .sales(YESTERDAY, "SKU-A", "200.00", 4, 50)
                .sales(YESTERDAY, "SKU-B", "50.00", 1, 40);
        jdbc.sql("insert into amazon_sp_advertised_products (org_id, profile_id, date, ad_id, advertised_sku, cost) "
                + "values (?, ?, ?, 9, 'SKU-A', 10.00)").params(org, AdRows.PROFILE, YESTERDAY).update();

        String page = console.page("/reports?orgId=" + org + "&days=7").body();

        assertThat(page).contains("data-scorecard=\"organic-revenue\"", "£220.00", "Sales by SKU",
                "data-sku=\"SKU-A\"", "8.00%", "2.50%");
        assertThat(page.indexOf("data-sku=\"SKU-A\"")).as("the most revenue first")
                .isLessThan(page.indexOf("data-sku=\"SKU-B\""));
    }

    @Test
    void withSalesThePayoutAndTacosAreShown() {
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "Brand", "10.00", "30.00", 4, 100)
                .sales(YESTERDAY, "SKU-A", "200.00", 4, 50);

        Response page = console.page("/reports?orgId=" + org + "&days=7");

        assertThat(scorecard(page, "estimated-payout")).as("200 - 10").isEqualTo("£190.00");
        assertThat(scorecard(page, "tacos")).as("10 / 200").isEqualTo("5.00%");
        assertThat(page.body()).contains("id=\"expenses-chart\"").doesNotContain("id=\"connect-sp-api\"");
    }

    @Test
    void twoCurrenciesGetARowOfScorecardsEachAndNoSummedMoney() {
        long usProfile = 1_000_002L;
        TestOrgs.addProfile(jdbc, org, usProfile, ZoneId.systemDefault(), "US", "USD");
        AdRows rows = new AdRows(jdbc, org).campaign(YESTERDAY, 111, "UK Brand", "15.00", "45.00", 4, 100);
        rows.ofProfile(usProfile).campaign(YESTERDAY, 222, "US Brand", "20.00", "30.00", 6, 300);

        Response page = console.page("/reports?orgId=" + org + "&days=7");

        assertThat(page.status()).isEqualTo(200);
        assertThat(currencyRows(page)).containsExactly("GBP", "USD");
        assertThat(scorecard(section(page, "data-currency=\"GBP\""), "ad-spend")).isEqualTo(money("15.00", "GBP"));
        assertThat(scorecard(section(page, "data-currency=\"USD\""), "ad-spend")).isEqualTo(money("20.00", "USD"));
        assertThat(page.body()).as("15 + 20 in no currency").doesNotContain("35.00", "75.00")
                .contains("Charts need one currency: pick a profile")
                .doesNotContain("id=\"summary-chart\"", "data-scorecard=\"estimated-payout\"");
        assertThat(page.body()).as("the campaign table names each row's profile and money")
                .contains(">Profile</th>", "Test shop US (" + usProfile + ")", money("20.00", "USD"));
    }

    @Test
    void theProfileSelectorNarrowsToOneCurrencyAndKeepsTheRange() {
        long usProfile = 1_000_002L;
        TestOrgs.addProfile(jdbc, org, usProfile, ZoneId.systemDefault(), "US", "USD");
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "UK Brand", "15.00", "45.00", 4, 100)
                .ofProfile(usProfile).campaign(YESTERDAY, 222, "US Brand", "20.00", "30.00", 6, 300);

        Response page = console.page("/reports?orgId=" + org + "&days=7&profileId=" + usProfile);

        assertThat(currencyRows(page)).as("one currency: the plain row of scorecards").isEmpty();
        assertThat(scorecard(page, "ad-spend")).isEqualTo(money("20.00", "USD"));
        assertThat(page.body()).contains("id=\"summary-chart\"", "selected=\"selected\"")
                .containsPattern("<option[^>]*value=\"" + usProfile + "\"[^>]*selected[^>]*>Test shop · US · USD")
                .contains("hx-get=\"/reports/section?orgId=" + org + "&amp;from=" + YESTERDAY.minusDays(6)
                        + "&amp;to=" + YESTERDAY + "&amp;profileId=" + usProfile + "\"")
                .as("one profile: no profile column").doesNotContain(">Profile</th>", "UK Brand");
    }

    @Test
    void anUnknownProfileIsABadRequest() {
        Response page = console.page("/reports?orgId=" + org + "&profileId=42");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Profile 42 is not a profile of organization " + org);
    }

    @Test
    void aRangeWithUnloadedDaysSaysHowManyAndOffersToBackfillExactlyThose() {
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "Brand", "10.00", "30.00", 4, 100)
                .loadedWithoutActivity(YESTERDAY.minusDays(1));

        Response page = console.page("/reports?orgId=" + org + "&days=7");

        assertThat(page.body()).contains("5 of 7 days not loaded", "Backfill these 5 days")
                .contains("hx-post=\"/reports/backfill?orgId=" + org + "&amp;from=" + YESTERDAY.minusDays(6)
                        + "&amp;to=" + YESTERDAY + "\"");

        Response started = console.htmxPost("/reports/backfill?orgId=" + org + "&from=" + YESTERDAY.minusDays(6)
                + "&to=" + YESTERDAY, "");

        assertThat(started.body()).contains("it requests the 5 days not loaded between " + YESTERDAY.minusDays(6)
                + " and " + YESTERDAY.minusDays(2), "hx-swap-oob");
    }

    @Test
    void embedsTheSameDailySeriesAsTheApiForTheCharts() {
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "Brand", "10.00", "30.00", 4, 100);
        JsonNode api = new TestHttp(port).get("/api/reports/amazon?orgId=" + org + "&from=" + FIVE_DAYS_AGO
                + "&to=" + YESTERDAY, "Authorization", TestHttp.admin()).json();

        Response page = console.page("/reports?orgId=" + org + "&from=" + FIVE_DAYS_AGO + "&to=" + YESTERDAY);

        assertThat(embeddedReport(page)).isEqualTo(api);
        assertThat(page.body()).contains("id=\"summary-chart\"")
                .as("no sales: no Revenue vs Expenses over a line of nothing").doesNotContain("id=\"expenses-chart\"");
    }

    @Test
    void withoutDataSaysHowToGetSomeInsteadOfDrawingEmptyCharts() {
        Response page = console.page("/reports?orgId=" + org);

        assertThat(page.body()).contains("No data for these dates yet.", "Sync Data")
                .doesNotContain("id=\"summary-chart\"");
    }

    @Test
    void presetsCoverTheLastDaysEndingYesterday() {
        Response page = console.page("/reports?orgId=" + org + "&days=7");

        assertThat(page.body()).contains("value=\"" + YESTERDAY.minusDays(6) + "\"", "value=\"" + YESTERDAY + "\"")
                .containsPattern("class=\"preset active\"[^>]*data-days=\"7\"");
    }

    @Test
    void sortsTheCampaignTableByTheChosenColumn() {
        new AdRows(jdbc, org)
                .campaign(YESTERDAY, 111, "Low ROAS", "50.00", "60.00", 10, 100)
                .campaign(YESTERDAY, 222, "High ROAS", "10.00", "80.00", 20, 300)
                .campaign(YESTERDAY, 333, "No sales", "5.00", "0", 1, 50);

        Response byRoas = console.htmxGet("/reports/campaigns?orgId=" + org + "&sort=roas&dir=desc");
        Response bySpendAscending = console.htmxGet("/reports/campaigns?orgId=" + org + "&sort=spend&dir=asc");

        assertThat(campaignIds(byRoas)).containsExactly("222", "111", "333");
        assertThat(campaignIds(bySpendAscending)).containsExactly("333", "222", "111");
        assertThat(byRoas.body()).contains("8.00", "12.50%", "–");
    }

    @Test
    void exportsTheDailySeriesAsCsv() {
        new AdRows(jdbc, org).campaign(YESTERDAY, 111, "Brand", "10.50", "31.25", 4, 100);

        Response csv = console.htmxGet("/reports/export.csv?orgId=" + org + "&from=" + YESTERDAY.minusDays(1)
                + "&to=" + YESTERDAY);

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(csv.body().lines()).containsExactly(
                "date,revenue,units,sessions,ad_spend,ad_revenue,fba_fees,referral_fees,estimated_payout",
                YESTERDAY.minusDays(1) + ",,,,,,,,",
                YESTERDAY + ",,,,10.50,31.25,,,");
    }

    @Test
    void aBadDateIsSaidBesideTheFormNotOnAnErrorPage() {
        Response page = console.page("/reports?orgId=" + org + "&from=2025-13-01");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("The value &#39;2025-13-01&#39; of from is not a date: write dates as "
                        + "YYYY-MM-DD. Showing the last 30 days instead.", "id=\"range-error\"", "Sync Data")
                .doesNotContain("Exception");
    }

    @Test
    void aReversedRangeIsSaidBesideTheForm() {
        Response page = console.page("/reports?orgId=" + org + "&from=" + YESTERDAY + "&to=" + FIVE_DAYS_AGO);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("from (" + YESTERDAY + ") must not be after to (" + FIVE_DAYS_AGO + ")",
                "aria-invalid=\"true\"");
    }

    @Test
    void syncDataWithoutCredentialsEndsWithTheReasonInPlainWords() throws InterruptedException {
        console.page("/reports?orgId=" + org);

        Response started = console.htmxPost("/reports/sync?orgId=" + org, "");
        Response progress = started;
        for (int i = 0; i < 50 && progress.body().contains("data-running=\"true\""); i++) {
            Thread.sleep(100);
            progress = console.htmxGet("/reports/sync/progress?orgId=" + org);
        }

        assertThat(started.status()).isEqualTo(200);
        assertThat(progress.body()).contains("Sync failed:", "Amazon Ads");
        assertThat(progress.header("HX-Trigger")).isEqualTo("report-refresh");
    }

    private static String scorecard(Response page, String name) {
        Matcher matcher = Pattern.compile("data-scorecard=\"" + name + "\">\\s*<span class=\"label\">[^<]*</span>\\s*"
                + "<span class=\"value\">([^<]*)</span>").matcher(page.body());
        assertThat(matcher.find()).as("scorecard " + name).isTrue();
        return matcher.group(1);
    }

    /** The currencies of the per-currency scorecard rows, in page order. */
    private static List<String> currencyRows(Response page) {
        return Pattern.compile("class=\"scorecards currency-row\"[^>]*data-currency=\"([A-Z]{3})\"")
                .matcher(page.body()).results().map(match -> match.group(1)).toList();
    }

    /** The page from the element carrying {@code marker} on, so a scorecard lookup finds that row's. */
    private static Response section(Response page, String marker) {
        Matcher row = Pattern.compile("currency-row\"[^>]*" + Pattern.quote(marker)).matcher(page.body());
        int at = row.find() ? row.start() : -1;
        assertThat(at).as(marker).isNotNegative();
        return new Response(page.status(), page.body().substring(at), page.headers());
    }

    /** Money as the console writes it in the server's locale (the test sends no Accept-Language). */
    private String money(String amount, String currency) {
        return format.money(new BigDecimal(amount), currency);
    }

    private static JsonNode embeddedReport(Response page) {
        Matcher matcher = Pattern.compile("data-report=\"([^\"]*)\"").matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(matcher.group(1)));
    }

    private static List<String> campaignIds(Response table) {
        return Pattern.compile("data-campaign-id=\"(\\d+)\"").matcher(table.body()).results()
                .map(match -> match.group(1)).toList();
    }
}
