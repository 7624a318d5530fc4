package io.adsync.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
    }

    @Test
    void showsPerDateWhetherDataIsLoadedRequestedOrMissing() {
        new AdRows(jdbc, org)
                .campaign(TODAY.minusDays(1), 111, "Brand", "1.00", "2.00", 1, 1)
                .campaign(TODAY.minusDays(1), 222, "Generic", "1.00", "2.00", 1, 1)
                .campaign(TODAY.minusDays(40), 111, "Brand", "1.00", "2.00", 1, 1);
        jdbc.sql("""
                        insert into amazon_ads_pending_reports (org_id, profile_id, report_id, start_date, end_date)
                        values (?, 1, ?, ?, ?)""")
                .params(org, "coverage-" + org, TODAY.minusDays(12), TODAY.minusDays(10)).update();

        Response page = console.page("/coverage?orgId=" + org);

        assertThat(state(page, TODAY.minusDays(1))).isEqualTo("LOADED");
        assertThat(state(page, TODAY.minusDays(40))).isEqualTo("LOADED");
        assertThat(state(page, TODAY.minusDays(11))).isEqualTo("REQUESTED");
        assertThat(state(page, TODAY.minusDays(2))).isEqualTo("MISSING");
        assertThat(state(page, TODAY.minusDays(95))).isEqualTo("MISSING");
        assertThat(page.body()).doesNotContain("data-date=\"" + TODAY + "\"")
                .doesNotContain("data-date=\"" + TODAY.minusDays(96) + "\"")
                .contains("2 campaigns, last refreshed")
                .as("2 loaded, 3 requested, 90 missing").contains("Backfill 90 missing dates");
    }

    @Test
    void eachLoadedDateShowsHowOldItWasAtItsLastRefresh() {
        new AdRows(jdbc, org).campaign(TODAY.minusDays(20), 111, "Brand", "1.00", "2.00", 1, 1);
        jdbc.sql("update amazon_sp_ads set updated_at = now() - interval '6 days' where org_id = ?").param(org).update();

        Response page = console.page("/coverage?orgId=" + org);

        assertThat(page.body()).containsPattern("data-date=\"" + TODAY.minusDays(20) + "\"[^>]*data-age=\"14\"");
    }

    @Test
    void backfillsFromTheOldestMissingDate() {
        Response response = console.htmxPost("/coverage/backfill?orgId=" + org, "");

        assertThat(response.body()).containsPattern("Backfill started as run #\\d+: it requests the 95 missing dates "
                + "of the last 95 days").contains("hx-swap-oob");
        assertThat(console.page("/jobs?orgId=" + org).body()).contains("data-job=\"Backfill\"", "days=95");
    }

    private static String state(Response page, LocalDate date) {
        Matcher matcher = Pattern.compile("data-date=\"" + date + "\" data-state=\"(\\w+)\"").matcher(page.body());
        assertThat(matcher.find()).as("a cell for " + date).isTrue();
        return matcher.group(1);
    }
}
