package io.adsync.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

@AdsSyncAppTest
class CoveragePageTest {

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ConsoleSession console;
    long org;

    @BeforeEach
    void newOrg() {
        console = new ConsoleSession(port);
        org = TestOrgs.create(jdbc);
        TestOrgs.addProfile(jdbc, org, AdRows.PROFILE, ZoneId.systemDefault());
    }

    @Test
    void showsPerDateWhetherDataIsLoadedRequestedOrMissing() {
        new AdRows(jdbc, org)
                .campaign(TODAY.minusDays(1), 111, "Brand", "1.00", "2.00", 1, 1)
                .campaign(TODAY.minusDays(1), 222, "Generic", "1.00", "2.00", 1, 1)
                .campaign(TODAY.minusDays(40), 111, "Brand", "1.00", "2.00", 1, 1)
                .loadedWithoutActivity(TODAY.minusDays(5));
        jdbc.sql("""
                        insert into amazon_ads_pending_reports (org_id, profile_id, report_id, start_date, end_date)
                        values (?, 1, ?, ?, ?)""")
                .params(org, "coverage-" + org, TODAY.minusDays(12), TODAY.minusDays(10)).update();

        Response page = console.page("/coverage?orgId=" + org);

        assertThat(state(page, TODAY.minusDays(1))).isEqualTo("LOADED");
        assertThat(state(page, TODAY.minusDays(40))).isEqualTo("LOADED");
        assertThat(state(page, TODAY.minusDays(11))).isEqualTo("REQUESTED");
        assertThat(state(page, TODAY.minusDays(5))).as("loaded, no activity").isEqualTo("EMPTY");
        assertThat(state(page, TODAY.minusDays(2))).isEqualTo("MISSING");
        assertThat(state(page, TODAY.minusDays(95))).isEqualTo("MISSING");
        assertThat(page.body()).doesNotContain("data-date=\"" + TODAY + "\"")
                .doesNotContain("data-date=\"" + TODAY.minusDays(96) + "\"")
                .contains("2 campaigns, last loaded", "loaded, no ad activity")
                .as("3 loaded, 3 requested, 89 missing").contains("Backfill 89 missing dates")
                .as("a report on its way: the calendar refreshes itself").contains("data-live=\"true\"");
    }

    @Test
    void withNothingOnItsWayTheCalendarDoesNotPoll() {
        new AdRows(jdbc, org).campaign(TODAY.minusDays(1), 111, "Brand", "1.00", "2.00", 1, 1);

        Response page = console.page("/coverage?orgId=" + org);

        assertThat(page.body()).contains("data-live=\"false\"").doesNotContain("every 2s");
    }

    @Test
    void eachLoadedDateShowsHowOldItWasAtItsLastLoad() {
        new AdRows(jdbc, org).campaign(TODAY.minusDays(20), 111, "Brand", "1.00", "2.00", 1, 1);
        jdbc.sql("update report_coverage set age_days = 14 where org_id = ?").param(org).update();

        Response page = console.page("/coverage?orgId=" + org);

        assertThat(page.body()).containsPattern("data-date=\"" + TODAY.minusDays(20) + "\"[^>]*data-age=\"14\"");
    }

    @Test
    void backfillsExactlyTheMissingDates() {
        new AdRows(jdbc, org).campaign(TODAY.minusDays(1), 111, "Brand", "1.00", "2.00", 1, 1);

        Response response = console.htmxPost("/coverage/backfill?orgId=" + org, "");

        assertThat(response.body()).containsPattern("Backfill started as run #\\d+: it requests the 94 days not "
                + "loaded between " + TODAY.minusDays(95) + " and " + TODAY.minusDays(2)).contains("hx-swap-oob");
        assertThat(jdbc.sql("""
                        select p.parameter_name || '=' || p.parameter_value from batch_job_execution_params p
                        join batch_job_execution e on e.job_execution_id = p.job_execution_id
                        join batch_job_execution_params o on o.job_execution_id = e.job_execution_id
                        where o.parameter_name = 'orgId' and o.parameter_value = ?""")
                .param(Long.toString(org)).query(String.class).list())
                .contains("from=" + TODAY.minusDays(95), "to=" + TODAY.minusDays(2));
    }

    @Test
    void allProfilesHaveADateWhenEveryEnabledProfileHasItAndOneProfileItsOwn() {
        long usProfile = 1_200_002L;
        TestOrgs.addProfile(jdbc, org, usProfile, ZoneId.systemDefault(), "US", "USD");
        AdRows uk = new AdRows(jdbc, org).campaign(TODAY.minusDays(1), 111, "Brand", "1.00", "2.00", 1, 1)
                .campaign(TODAY.minusDays(2), 111, "Brand", "1.00", "2.00", 1, 1);
        uk.ofProfile(usProfile).loadedWithoutActivity(TODAY.minusDays(1));
        jdbc.sql("""
                        insert into amazon_ads_pending_reports (org_id, profile_id, report_id, start_date, end_date)
                        values (?, ?, ?, ?, ?)""")
                .params(org, usProfile, "coverage-us-" + org, TODAY.minusDays(3), TODAY.minusDays(3)).update();

        Response all = console.page("/coverage?orgId=" + org);
        Response ukOnly = console.page("/coverage?orgId=" + org + "&profileId=" + AdRows.PROFILE);
        Response usOnly = console.page("/coverage?orgId=" + org + "&profileId=" + usProfile);

        assertThat(state(all, TODAY.minusDays(1))).isEqualTo("LOADED");
        assertThat(state(all, TODAY.minusDays(2))).as("the US profile lacks it").isEqualTo("MISSING");
        assertThat(state(ukOnly, TODAY.minusDays(2))).isEqualTo("LOADED");
        assertThat(state(ukOnly, TODAY.minusDays(3))).as("requested for the US profile only").isEqualTo("MISSING");
        assertThat(state(usOnly, TODAY.minusDays(1))).isEqualTo("EMPTY");
        assertThat(state(usOnly, TODAY.minusDays(3))).isEqualTo("REQUESTED");
        assertThat(usOnly.body()).as("the calendar's polling keeps the selection")
                .contains("hx-get=\"/coverage/calendar?orgId=" + org + "&amp;profileId=" + usProfile + "\"");
    }

    @Test
    void aReportTypeAmazonKeepsFewerDaysOfMarksTheOlderDatesBeyondRetentionNotMissing() {
        jdbc.sql("update ads_profiles set report_types = '{spCampaigns,sbCampaigns}' where org_id = ?").param(org)
                .update();
        jdbc.sql("""
                        insert into report_coverage (org_id, profile_id, report_type, date, rows, loaded_at, age_days)
                        values (?, ?, 'sbCampaigns', ?, 3, now(), 1)""")
                .params(org, AdRows.PROFILE, TODAY.minusDays(1)).update();

        Response brands = console.page("/coverage?orgId=" + org + "&reportType=sbCampaigns");
        Response products = console.page("/coverage?orgId=" + org);

        assertThat(state(brands, TODAY.minusDays(1))).isEqualTo("LOADED");
        assertThat(state(brands, TODAY.minusDays(60))).as("the oldest day Amazon keeps of SB").isEqualTo("MISSING");
        assertThat(state(brands, TODAY.minusDays(61))).isEqualTo("BEYOND_RETENTION");
        assertThat(state(brands, TODAY.minusDays(95))).isEqualTo("BEYOND_RETENTION");
        assertThat(brands.body()).contains("Backfill 59 missing dates", "beyond what Amazon keeps of")
                .containsPattern("<strong>35</strong> beyond")
                .contains("href=\"/coverage?orgId=" + org + "&amp;reportType=spCampaigns\"")
                .containsPattern("aria-current=\"page\"\\s+data-report-type=\"sbCampaigns\"")
                .as("the calendar's backfill asks for SB's days")
                .contains("/coverage/backfill?orgId=" + org + "&amp;reportType=sbCampaigns");
        assertThat(state(products, TODAY.minusDays(1))).as("SB's day is not SP's").isEqualTo("MISSING");
        assertThat(state(products, TODAY.minusDays(95))).isEqualTo("MISSING");
        assertThat(console.page("/coverage?orgId=" + org + "&reportType=spNope").body())
                .contains("Unknown report type spNope");
    }

    private static String state(Response page, LocalDate date) {
        Matcher matcher = Pattern.compile("data-date=\"" + date + "\" data-state=\"(\\w+)\"").matcher(page.body());
        assertThat(matcher.find()).as("a cell for " + date).isTrue();
        return matcher.group(1);
    }
}
