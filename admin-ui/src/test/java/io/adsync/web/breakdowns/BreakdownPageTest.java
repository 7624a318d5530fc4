package io.adsync.web.breakdowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleSession;
import io.adsync.web.reports.AdRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports › Search terms: what shoppers typed, the spend that sold nothing, sortable, as CSV. */
@AdsSyncAppTest
class BreakdownPageTest {

    static final LocalDate DAY = LocalDate.now().minusDays(2);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ConsoleSession console;
    long org;

    @BeforeEach
    void searchTermsOfTwoDays() {
        console = new ConsoleSession(port);
        org = TestOrgs.create(jdbc);
        TestOrgs.addProfile(jdbc, org, AdRows.PROFILE, ZoneId.systemDefault());
        term(DAY, 1, "garlic press", "8.00", "40.00", 10, 2);
        term(DAY.minusDays(1), 1, "garlic press", "2.00", "0", 3, 0);
        term(DAY, 2, "cheap garlic crusher", "5.50", "0", 7, 0);
        jdbc.sql("insert into report_coverage (org_id, profile_id, report_type, date, rows, age_days) "
                + "values (?, ?, 'spSearchTerm', ?, 2, 2), (?, ?, 'spSearchTerm', ?, 1, 3)")
                .params(org, AdRows.PROFILE, DAY, org, AdRows.PROFILE, DAY.minusDays(1)).update();
    }

    @Test
    void listsEachSearchTermWithItsSumsOverThePeriodAndSaysWhichDaysAreLoaded() {
        String page = console.page(path("")).body();

        assertThat(page).contains("Search terms", "garlic press", "cheap garlic crusher", "£10.00", "£40.00",
                "25.00%", "1 of 3 days have no spSearchTerm report loaded");
        assertThat(page.indexOf("garlic press")).as("the most spend first")
                .isLessThan(page.indexOf("cheap garlic crusher"));
    }

    @Test
    void theWastedSpendFilterKeepsTheTermsThatSpentWithoutASale() {
        String page = console.page(path("&wasted=true")).body();

        assertThat(page).contains("cheap garlic crusher", "1 rows spent £5.50 without a sale in 14 days")
                .doesNotContain(">garlic press<");
    }

    @Test
    void sortsByAColumnBothWays() {
        String ascending = console.page(path("&sort=spend&dir=asc")).body();

        assertThat(ascending.indexOf("cheap garlic crusher")).isLessThan(ascending.indexOf(">garlic press<"));
        assertThat(ascending).contains("aria-sort=\"ascending\"");
    }

    @Test
    void theCsvHasTheSameRowsInPlainNumbersWithTheCurrency() {
        Response csv = console.htmxGet("/reports/search-terms/export.csv?orgId=" + org + "&from=" + DAY.minusDays(1)
                + "&to=" + DAY);

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines()).containsExactly(
                "search_term,keyword,campaign_name,currency,spend,sales_14d,acos_percent,clicks,orders_14d",
                "garlic press,garlic,Kitchen,GBP,10.00,40.00,25.00,13,2",
                "cheap garlic crusher,garlic,Kitchen,GBP,5.50,0,,7,0");
    }

    private String path(String more) {
        return "/reports/search-terms?orgId=" + org + "&from=" + DAY.minusDays(2) + "&to=" + DAY + more;
    }

    private void term(LocalDate date, long keywordId, String term, String cost, String sales, long clicks,
                      long orders) {
        jdbc.sql("""
                        insert into amazon_sp_search_terms (org_id, profile_id, date, keyword_id, search_term, keyword,
                            campaign_name, campaign_budget_currency_code, cost, sales_14d, clicks, purchases_14d)
                        values (?, ?, ?, ?, ?, 'garlic', 'Kitchen', 'GBP', ?::numeric, ?::numeric, ?, ?)""")
                .params(org, AdRows.PROFILE, date, keywordId, term, cost, sales, clicks, orders).update();
    }
}
