package io.adsync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.report.ReportCatalog;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testsupport.FreshDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The console in a real browser against the running application and its built-in sandbox, in the
 * order a new user goes: log in, enter credentials and test them, sync, watch the run on the Jobs
 * page, read the charts, fill the gaps, restart a run that failed. Each test leaves a screenshot of
 * its page in target/screenshots; at the end every page is checked with axe-core and for tables wider
 * than their cards, and photographed, at 1366 and 390 px wide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "adsync.encryption-key=" + ConsoleEndToEndTest.ENCRYPTION_KEY,
        "adsync.admin.username=" + ConsoleEndToEndTest.USERNAME,
        "adsync.admin.password=" + ConsoleEndToEndTest.PASSWORD,
        "adsync.sandbox.report-delay=1s",
        "adsync.jobs.poll-interval=1s",
        "adsync.jobs.scheduler.enabled=false",
        "adsync.sandbox.enabled=true"})
@ContextConfiguration(initializers = FreshDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleEndToEndTest {

    static final String ENCRYPTION_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String USERNAME = "admin";
    static final String PASSWORD = "e2e-admin-password-41c7";
    static final long ORG = 1;
    static final Duration A_MINUTE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @Autowired
    AdsSandbox sandbox;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) { // null when the browser never started: its own error says why
            browser.close();
        }
    }

    @AfterEach
    void screenshot(TestInfo test) {
        browser.screenshot(test.getTestMethod().orElseThrow().getName());
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefused() {
        browser.open("/reports");
        assertThat(browser.path()).as("every page is behind the login").isEqualTo("/login");

        logIn(USERNAME, "not-the-password");

        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("Wrong user name or password.");
        assertThat(browser.findAll("header nav a")).as("no navigation before login").isEmpty();
        assertAccessibleAndFitting("login");
    }

    @Test
    @Order(2)
    void logsInAndLandsOnTheReports() {
        logIn(USERNAME, PASSWORD);

        assertThat(browser.path()).startsWith("/reports");
        assertThat(browser.findAll("header nav a")).extracting(WebElement::getText)
                .containsExactly("Reports", "Coverage", "Jobs", "Products", "Alerts", "Settings", "Organizations & users");
        assertThat(browser.find(".empty").getText()).contains("No data for these dates yet.");
    }

    @Test
    @Order(3)
    void savesTheAdsSettingsAndTestsTheConnection() {
        browser.open("/settings");
        assertThat(browser.find("#ads-client-secret").getAttribute("readonly")).as("saved values start locked")
                .isNotNull();
        assertThat(browser.find("#ads-client-secret").getAttribute("type")).isEqualTo("password");

        unlockAndType("#ads-client-id", SandboxAccounts.CLIENT_ID);
        unlockAndType("#ads-client-secret", SandboxAccounts.CLIENT_SECRET);
        WebElement show = browser.find("#ads [data-reveal][aria-controls=ads-client-secret]");
        show.click();
        assertThat(browser.find("#ads-client-secret").getAttribute("type")).as("shown on request").isEqualTo("text");
        assertThat(show.getAttribute("aria-pressed")).isEqualTo("true");
        show.click();
        assertThat(browser.find("#ads-client-secret").getAttribute("type")).isEqualTo("password");
        assertThat(show.getAttribute("aria-pressed")).isEqualTo("false");
        unlockAndType("#ads-refresh-token", SandboxAccounts.REFRESH_TOKEN);
        unlockAndType("#ads-profile-id", Long.toString(SandboxAccounts.PROFILE_GB));
        browser.find("#ads [aria-controls=ads-region]").click();
        new Select(browser.find("#ads-region")).selectByValue("SANDBOX");
        browser.click("#save-ads");
        browser.waitForText("#ads .flash-ok", "Saved.", Duration.ofSeconds(10));

        assertThat(browser.find("#ads-client-secret").getAttribute("value")).isEqualTo("••••cret");
        assertThat(settings.amazonAds(ORG)).contains(new AmazonAdsSettings(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB,
                AdsRegion.SANDBOX));

        browser.click("#test-ads");
        browser.waitForText("#ads-test", "Connected.", Duration.ofSeconds(20));

        assertThat(browser.find("#ads-test").getText()).contains("Access token valid for 60 minutes (3600 s).");
        assertThat(browser.find("#ads-test [data-field=country]").getText()).isEqualTo("GB");
        assertThat(browser.find("#ads-test [data-field=currency]").getText()).isEqualTo("GBP");
        assertThat(browser.find("#ads-test [data-field=timezone]").getText()).isEqualTo("Europe/London");

        // editing: the test of the saved values leaves, it would pass for values it never saw
        browser.click("#ads [data-unlock][aria-controls=ads-profile-id]");
        assertThat(browser.find("#ads-test").getText()).as("no stale result while editing").isEmpty();
        assertThat(browser.find("#test-ads").isEnabled()).as("the test waits for a save").isFalse();
        assertThat(browser.find("#cancel-ads").isDisplayed()).isTrue();
        browser.type("#ads-profile-id", "12ab");
        browser.click("#save-ads");
        browser.waitForText("#ads .flash-error", "Not saved: Profile ID must be the numeric Amazon Ads profile id",
                Duration.ofSeconds(10));
        assertThat(browser.find("#ads-profile-id-error").getText()).as("said beside the field, by its label")
                .isEqualTo("Profile ID must be the numeric Amazon Ads profile id (e.g. 366822873177837), got '12ab'");
        assertThat(browser.find("#ads").getText()).doesNotContain("amazon_ads.");
        assertAccessibleAndFitting("settingsWithAFieldError");

        browser.click("#cancel-ads");
        browser.await("#ads [data-unlock][aria-controls=ads-profile-id]");
        assertThat(browser.find("#ads-profile-id").getAttribute("value")).as("the saved value, locked again")
                .isEqualTo(Long.toString(SandboxAccounts.PROFILE_GB));
        assertThat(browser.find("#cancel-ads").isDisplayed()).isFalse();
        assertThat(browser.find("#ads-client-secret").getAttribute("value")).isEqualTo("••••cret");
        assertThat(settings.amazonAds(ORG).orElseThrow().profileId()).isEqualTo(SandboxAccounts.PROFILE_GB);
    }

    @Test
    @Order(4)
    void syncDataShowsTheRunOnTheJobsPageWithItsCounts() {
        browser.open("/reports");

        browser.click("#sync-button");
        browser.waitForText("#sync-progress", "Sync finished:", A_MINUTE);
        assertThat(browser.find("#sync-progress").getText()).as("the 60-day refresh window as two reports")
                .contains("2 of 2 reports loaded");
        browser.await("#summary-chart");
        browser.screenshot("syncDataFinished");

        browser.open("/jobs");
        WebElement sync = browser.await("tbody[data-job='Sync (request)']");
        assertThat(sync.getAttribute("data-status")).isEqualTo("COMPLETED");
        WebElement collect = browser.await("tbody[data-job='Collect']");
        assertThat(collect.getAttribute("data-status")).isEqualTo("COMPLETED");
        long rowsWritten = browser.findAll("tbody[data-job='Collect'] tr[data-step^='loadReportStep:'] td.write").stream()
                .mapToLong(cell -> Long.parseLong(cell.getText().replace(",", ""))).sum();
        assertThat(rowsWritten).as("rows written by the load steps").isEqualTo(adRows()).isPositive();
        assertThat(browser.findAll("table.pending-reports tr[data-status=completed]")).hasSize(2);
        assertThat(browser.find("table.sync-log").getText()).contains("request", "collect", "success");
    }

    @Test
    @Order(5)
    void afterTheFirstSyncTheLastSixtyDaysAreLoadedOlderOnesAreGapsAndTheSandboxSalesGiveAPositivePayout() {
        browser.open("/reports");
        browser.await("#summary-chart");

        LocalDate to = profileToday().minusDays(1);
        LocalDate from = to.minusDays(29);
        BigDecimal spend = sum("cost", from, to);
        BigDecimal revenue = sum("sales_14d", from, to);
        assertThat(spend).isPositive();
        assertThat(scorecard("ad-spend")).isEqualTo(money(spend));
        assertThat(scorecard("ad-revenue")).isEqualTo(money(revenue));
        assertThat(scorecard("roas")).isEqualTo(revenue.divide(spend, 2, java.math.RoundingMode.HALF_UP).toPlainString());
        // the same Sync Data loaded the sandbox seller's sales of the last 14 days (no fees entered yet): the payout
        // of the days both sides are loaded is their revenue less their ad spend, and the sandbox sells well above it
        BigDecimal salesRevenue = jdbc.sql("select coalesce(sum(revenue), 0) from amazon_sales_traffic "
                        + "where org_id = ? and date between ? and ?")
                .params(ORG, from, to).query(BigDecimal.class).single();
        // a day Amazon had no sales document for (CANCELLED) is loaded too, with no revenue
        BigDecimal spendOnSalesDays = jdbc.sql("select coalesce(sum(cost), 0) from amazon_sp_ads where org_id = ? "
                        + "and date in (select date from sales_coverage where org_id = ? and date between ? and ?)")
                .params(ORG, ORG, from, to).query(BigDecimal.class).single();
        assertThat(salesRevenue).as("sales loaded by Sync Data").isGreaterThan(spendOnSalesDays.multiply(BigDecimal.valueOf(2)));
        assertThat(scorecard("estimated-payout")).as("revenue less ad spend where both sides are loaded")
                .isEqualTo(money(salesRevenue.subtract(spendOnSalesDays)));
        assertThat(browser.findAll("[data-scorecard=tacos]")).isNotEmpty();
        assertThat(browser.findAll("#connect-sp-api")).isEmpty();

        // the sync loaded the refresh window, every day of the last 60
        assertThat(browser.findAll("#not-loaded")).isEmpty();
        assertThat(nullPoints("summary-chart", "Ad Spend")).isZero();
        assertThat(chartSum("summary-chart", "Ad Spend")).isEqualByComparingTo(spend);
        assertThat(chartSum("summary-chart", "Ad Revenue")).isEqualByComparingTo(revenue);
        assertThat(chartDatasets("summary-chart")).containsExactly("Est. Payout", "Ad Spend", "Ad Revenue", "Revenue",
                "Units", "Sessions");
        assertThat(hiddenDatasets("summary-chart")).containsExactly("Units", "Sessions");
        assertThat(browser.findAll("#expenses-chart")).as("Revenue vs Expenses once sales are loaded").isNotEmpty();
        assertThat(browser.findAll(".campaign-table tbody tr")).isNotEmpty();

        browser.screenshot("reportsOnAPhone", Browser.PHONE);

        // the 30 days before the window are gaps, not days without spend
        browser.open("/reports?days=90");
        browser.await("#summary-chart");
        assertThat(browser.find("#not-loaded").getText()).contains("30 of 90 days not loaded");
        assertThat(browser.find("#backfill-not-loaded").getText()).isEqualTo("Backfill these 30 days");
        assertThat(nullPoints("summary-chart", "Ad Spend")).isEqualTo(30);
    }

    @Test
    @Order(6)
    void oneClickBackfillsTheUnloadedDaysAndCoverageFollowsItWithoutAReload() {
        browser.open("/reports?days=90");
        browser.await("#summary-chart");
        assertThat(browser.find("#not-loaded").getText()).contains("30 of 90 days not loaded");
        assertThat(nullPoints("summary-chart", "Ad Spend")).isEqualTo(30);

        browser.click("#backfill-not-loaded");
        browser.waitForText("#flash", "Backfill started as run #", Duration.ofSeconds(10));
        assertThat(browser.find("#flash").getText()).contains("it requests the 30 days not loaded between "
                + profileToday().minusDays(90) + " and " + profileToday().minusDays(61));

        browser.open("/coverage");
        int requested = browser.findAll(".day[data-state=REQUESTED]").size();
        assertThat(requested).as("the days the backfill is fetching").isPositive();
        browser.screenshot("coverageWhileBackfilling");
        // no reload from here: the calendar refreshes itself until the backfill has loaded its days
        browser.waitFor(A_MINUTE, "the backfilled days to turn loaded", d ->
                d.findElements(By.cssSelector(".day[data-state=REQUESTED]")).isEmpty()
                        && "false".equals(d.findElement(By.id("coverage")).getAttribute("data-live")));
        for (int age = 1; age <= 90; age++) {
            String state = browser.find(".day[data-date='" + profileToday().minusDays(age) + "']")
                    .getAttribute("data-state");
            assertThat(state).as("%s days ago", age).isIn("LOADED", "EMPTY");
        }
        assertThat(browser.findAll(".day[data-state=LOADED], .day[data-state=EMPTY]")).hasSize(coveredDates());
        browser.screenshot("coverageAfterBackfill");

        browser.open("/reports?days=90");
        browser.await("#summary-chart");
        assertThat(browser.findAll("#not-loaded")).isEmpty();
        assertThat(nullPoints("summary-chart", "Ad Spend")).isZero();
        assertThat(chartSum("summary-chart", "Ad Spend"))
                .isEqualByComparingTo(sum("cost", profileToday().minusDays(90), profileToday().minusDays(1)));
        browser.screenshot("reportsNinetyDaysAfterBackfill");
    }

    @Test
    @Order(7)
    void aFailedCollectIsRestartedFromTheJobsPage() throws InterruptedException {
        browser.open("/jobs");
        browser.click("#run-request");
        browser.waitFor(A_MINUTE, "the daily request to complete", d -> {
            List<WebElement> request = d.findElements(By.cssSelector("tbody[data-job='Request']"));
            return !request.isEmpty() && "COMPLETED".equals(request.get(0).getAttribute("data-status"));
        });
        Thread.sleep(2500); // the sandbox finishes its reports after its report delay (1 s)
        sandbox.faults().truncateNextDownloads(100);

        browser.click("#run-collect");
        String failedId = browser.waitFor(A_MINUTE, "the collect to fail", d -> {
            List<WebElement> collect = d.findElements(By.cssSelector("tbody[data-job='Collect'][data-status='FAILED']"));
            return collect.isEmpty() ? null : collect.get(0).getAttribute("data-run-id");
        });
        browser.await("#live[data-polling=false]");
        assertThat(browser.find("tbody[data-run-id='" + failedId + "'] td.message").getText())
                .as("the run's exit message, in plain words").contains("cut off");
        assertThat(browser.find("table.sync-log tbody tr").getText()).as("the newest log line")
                .contains("collect", "error");
        assertThat(browser.find("table.pending-reports").getText()).as("why the reports are still pending")
                .contains("cut off");
        browser.screenshot("collectFailed");
        sandbox.faults().reset();

        browser.click("tbody[data-run-id='" + failedId + "'] button.restart");
        browser.waitForText("#flash", "Restarted run #" + failedId, Duration.ofSeconds(10));
        browser.waitFor(A_MINUTE, "the restarted collect to complete", d -> {
            List<WebElement> collect = d.findElements(By.cssSelector("tbody[data-job='Collect']"));
            return !collect.isEmpty() && "COMPLETED".equals(collect.get(0).getAttribute("data-status"));
        });

        assertThat(browser.findAll("tbody[data-job='Collect'][data-run-id='" + failedId + "'] button.restart"))
                .as("the failed execution is continued, not restartable again").isEmpty();
        assertThat(jdbc.sql("select count(*) from amazon_ads_pending_reports where status <> 'completed'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(8)
    void anAgencyDiscoversItsProfilesAndSyncsTwoOfThemEachOnItsOwnDay() {
        browser.open("/settings");
        browser.click("#discover-profiles");
        browser.waitForText("#profiles", "Found 5 profiles", Duration.ofSeconds(10));
        assertThat(browser.find("#profiles").getText()).contains("GB · EU", "US · NA", "DE · EU", "JP · FE",
                "Asia/Tokyo", "JPY");
        assertThat(browser.find("tr[data-profile='" + SandboxAccounts.PROFILE_AGENCY + "'] input[name=enabled]")
                .isEnabled()).as("an agency profile cannot be synced").isFalse();

        browser.click("tr[data-profile='" + SandboxAccounts.PROFILE_US + "'] input[name=enabled]");
        browser.waitForText("#profiles", "is synced from the next run on", Duration.ofSeconds(10));
        assertThat(browser.find("tr[data-profile='" + SandboxAccounts.PROFILE_US + "']").getAttribute("data-enabled"))
                .isEqualTo("true");

        browser.open("/reports");
        browser.click("#sync-button");
        browser.waitForText("#sync-progress", "Sync finished:", A_MINUTE);
        assertThat(browser.find("#sync-progress").getText()).as("two reports for each of the two profiles")
                .contains("4 of 4 reports loaded");
        LocalDate yesterdayInLosAngeles = LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1);
        assertThat(jdbc.sql("select count(*) from amazon_sp_ads where org_id = ? and profile_id = ? and date = ?")
                .params(ORG, SandboxAccounts.PROFILE_US, yesterdayInLosAngeles).query(Long.class).single())
                .as("the US profile's yesterday, a Los Angeles day").isPositive();

        browser.open("/reports");
        browser.await("#charts-need-one-currency");
        List<WebElement> rows = browser.findAll("section.currency-row");
        assertThat(rows).as("one row of scorecards per currency, never summed").hasSize(2);
        assertThat(rows.stream().map(WebElement::getText).toList())
                .anySatisfy(row -> assertThat(row).contains("£")).anySatisfy(row -> assertThat(row).contains("$"));
    }

    @Test
    @Order(9)
    void withEveryReportTypeEnabledEachTabShowsItsTableSums() {
        browser.open("/settings");
        for (String type : ReportCatalog.reportTypeIds()) {
            String box = "tr[data-profile='" + SandboxAccounts.PROFILE_GB + "'] input[name=reportTypes][value='"
                    + type + "']";
            // the section is swapped by each save: a box found a moment ago may be gone, so look again
            boolean ticked = browser.waitFor(Duration.ofSeconds(10), type + "'s box",
                    d -> Optional.of(d.findElement(By.cssSelector(box)).isSelected())).orElseThrow();
            if (!ticked) {
                browser.waitFor(Duration.ofSeconds(10), "a click on " + type + "'s box", d -> {
                    d.findElement(By.cssSelector(box)).click();
                    return true;
                });
                // the section comes back re-rendered with the type ticked
                browser.waitFor(Duration.ofSeconds(10), type + " saved", d -> jdbc.sql("select count(*) from "
                        + "ads_profiles where org_id = ? and profile_id = ? and ? = any (report_types)")
                        .params(ORG, SandboxAccounts.PROFILE_GB, type).query(Long.class).single() == 1
                        && d.findElement(By.cssSelector(box)).isSelected());
            }
        }
        assertThat(jdbc.sql("select cardinality(report_types) from ads_profiles where org_id = ? and profile_id = ?")
                .params(ORG, SandboxAccounts.PROFILE_GB).query(Integer.class).single()).isEqualTo(6);

        browser.open("/reports");
        browser.click("#sync-button");
        browser.waitForText("#sync-progress", "Sync finished:", A_MINUTE);
        assertThat(browser.find("#sync-progress").getText()).as("two reports per type of GB, two of US")
                .contains("14 of 14 reports loaded");

        LocalDate to = profileToday().minusDays(1);
        LocalDate from = to.minusDays(29);
        browser.open("/reports/search-terms?from=" + from + "&to=" + to + "&profileId=" + SandboxAccounts.PROFILE_GB);
        browser.await("#breakdown table.breakdown-table");
        BigDecimal shown = browser.findAll("#breakdown td.spend").stream()
                .map(cell -> new BigDecimal(cell.getText().replaceAll("[^0-9.]", ""))).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
        BigDecimal stored = jdbc.sql("select sum(cost) from amazon_sp_search_terms where org_id = ? and profile_id = ?"
                + " and date between ? and ?").params(ORG, SandboxAccounts.PROFILE_GB, from, to)
                .query(BigDecimal.class).single();
        assertThat(shown).as("the search terms tab's spend is the table's").isEqualByComparingTo(stored);
        for (String view : List.of("targeting", "products")) {
            browser.open("/reports/" + view + "?profileId=" + SandboxAccounts.PROFILE_GB);
            assertThat(browser.await("#breakdown").getText()).contains("All 30 days loaded.");
        }
        browser.click("#wasted");
        browser.screenshot("productsWastedSpend");

        browser.open("/reports?profileId=" + SandboxAccounts.PROFILE_GB);
        browser.click("#ad-product-filter a[data-ad-product='SB']");
        browser.waitFor(Duration.ofSeconds(10), "the campaign table to hold Sponsored Brands campaigns only", d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#campaigns tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> "SB".equals(row.getAttribute("data-ad-product")));
        });
        assertThat(browser.path()).as("the filter is in the URL").contains("adProduct=SB");

        browser.open("/coverage?reportType=sbCampaigns&profileId=" + SandboxAccounts.PROFILE_GB);
        browser.await(".calendar");
        assertThat(browser.findAll(".day[data-state='BEYOND_RETENTION']")).as("Amazon keeps 60 of the 95 days of SB")
                .hasSize(35);
        assertAccessibleAndFitting("coverage-sbCampaigns");
    }

    @Test
    @Order(10)
    void anAdminCreatesAViewerOfAnOrganizationOnTheOrganizationsPage() {
        browser.open("/organizations");
        browser.type("#new-username", "e2e-viewer");
        browser.type("#new-password", "e2e-viewer-password-9f");
        browser.click("form.new-user input[name=orgIds][value='" + ORG + "']");
        browser.click("form.new-user button[type=submit]");

        browser.waitForText("#flash", "User e2e-viewer created.", Duration.ofSeconds(10));
        assertThat(browser.find("tr[data-username='e2e-viewer']").getText()).contains("viewer", "Default organization");
        assertThat(jdbc.sql("select count(*) from app_users u join app_user_orgs g on g.user_id = u.id "
                + "where u.username = 'e2e-viewer' and g.org_id = ?").param(ORG).query(Long.class).single())
                .isEqualTo(1);
    }

    /** What marks each page as drawn: its last part to arrive (the charts are drawn by script). */
    private static final Map<String, String> PAGES = Map.of(
            "reports", "#report",
            "reports/search-terms", "#breakdown",
            "coverage", ".calendar",
            "jobs", "#activity table.sync-log",
            "settings", "#ads",
            "alerts", "#alerts",
            "organizations", "#access form.new-user",
            "products", "#products table.products",
            "no-such-page", "main h1");

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"reports", "reports/search-terms", "coverage", "jobs", "alerts", "settings",
            "organizations", "products", "no-such-page"})
    @Order(11)
    void everyPageIsAccessibleAndItsTablesFitAtBothWidths(String page) {
        browser.open("/" + page);
        browser.await(PAGES.get(page));

        assertAccessibleAndFitting(page.replace('/', '-'));
    }

    /**
     * At each width: no serious or critical axe-core violation, no table sticking out of its card, and
     * a screenshot ({@code <name>-1366.png}, {@code <name>-390.png}). Every finding of both widths is
     * listed before the test fails.
     */
    private void assertAccessibleAndFitting(String name) {
        SoftAssertions softly = new SoftAssertions();
        for (Dimension size : Browser.WIDTHS) {
            browser.resize(size);
            softly.assertThat(browser.seriousAccessibilityViolations())
                    .as("axe-core, serious and critical, on %s at %d px", browser.path(), size.width).isEmpty();
            softly.assertThat(browser.tablesWiderThanTheirCard())
                    .as("tables wider than their card on %s at %d px", browser.path(), size.width).isEmpty();
            browser.screenshot(name + "-" + size.width, size);
        }
        softly.assertAll();
    }

    private void logIn(String username, String password) {
        browser.open("/login");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.find("#password").submit();
    }

    private void unlockAndType(String field, String value) {
        browser.find("#ads [data-unlock][aria-controls=" + field.substring(1) + "]").click();
        browser.type(field, value);
    }

    private String scorecard(String name) {
        return browser.find("[data-scorecard=" + name + "] .value").getText();
    }

    private BigDecimal chartSum(String canvas, String dataset) {
        Object sum = browser.script("var label = arguments[1];"
                + "var chart = Chart.getChart(document.getElementById(arguments[0]));"
                + "var set = chart.data.datasets.find(function (d) { return d.label === label; });"
                + "return set.data.reduce(function (a, b) { return a + b; }, 0).toFixed(2);", canvas, dataset);
        return new BigDecimal(sum.toString());
    }

    /** Days the chart leaves a gap at: null points of the dataset. */
    private long nullPoints(String canvas, String dataset) {
        Object nulls = browser.script("var label = arguments[1];"
                + "var chart = Chart.getChart(document.getElementById(arguments[0]));"
                + "var set = chart.data.datasets.find(function (d) { return d.label === label; });"
                + "return set.data.filter(function (v) { return v === null; }).length;", canvas, dataset);
        return ((Number) nulls).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> chartDatasets(String canvas) {
        return (List<String>) browser.script("return Chart.getChart(document.getElementById(arguments[0]))"
                + ".data.datasets.map(function (d) { return d.label; });", canvas);
    }

    @SuppressWarnings("unchecked")
    private List<String> hiddenDatasets(String canvas) {
        return (List<String>) browser.script("var chart = Chart.getChart(document.getElementById(arguments[0]));"
                + "return chart.data.datasets.filter(function (d, i) { return !chart.isDatasetVisible(i); })"
                + ".map(function (d) { return d.label; });", canvas);
    }

    private BigDecimal sum(String column, LocalDate from, LocalDate to) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from amazon_sp_ads where org_id = ? and date between ? and ?")
                .params(ORG, from, to).query(BigDecimal.class).single();
    }

    private long adRows() {
        return jdbc.sql("select count(*) from amazon_sp_ads where org_id = ?").param(ORG).query(Long.class).single();
    }

    private int coveredDates() {
        return jdbc.sql("select count(*) from report_coverage where org_id = ? and date >= ?")
                .params(ORG, profileToday().minusDays(95)).query(Integer.class).single();
    }

    /** The sandbox profile is in GB: pounds, with the browser's (English) separators. */
    private static String money(BigDecimal value) {
        return "£" + String.format(Locale.ENGLISH, "%,.2f", value);
    }

    /** The pages count days in the sandbox profile's time zone (GB), as Amazon does. */
    private static LocalDate profileToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London"));
    }
}
