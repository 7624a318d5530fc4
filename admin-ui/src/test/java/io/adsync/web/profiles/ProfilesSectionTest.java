package io.adsync.web.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleFormat;
import io.adsync.web.console.ConsoleSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Settings, "Advertising profiles": discover what the connection reaches, tick what to sync. */
@AdsSyncAppTest
class ProfilesSectionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @Autowired
    ConsoleFormat format;

    ConsoleSession console;
    long org;

    @BeforeEach
    void connectedOrg() {
        console = new ConsoleSession(port);
        org = TestOrgs.create(jdbc);
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));
    }

    @Test
    void theSettingsPageListsTheSyncedProfileAndOffersDiscovery() {
        String page = console.page("/settings?orgId=" + org).body();

        assertThat(page).contains("Advertising profiles", "id=\"discover-profiles\"",
                "data-profile=\"" + SandboxAccounts.PROFILE_GB + "\"", "not discovered yet");
    }

    @Test
    void discoveryListsEveryProfileAndTickingOneSyncsIt() {
        Response discovered = console.htmxPost("/settings/profiles/discover?orgId=" + org, "");

        assertThat(discovered.body()).contains("Found 5 profiles; 1 synced", "Sandbox Kitchen Inc", "USD",
                "America/Los_Angeles").containsPattern("data-profile=\"" + SandboxAccounts.PROFILE_US
                + "\" data-enabled=\"false\"");

        Response ticked = console.htmxPost("/settings/profiles/" + SandboxAccounts.PROFILE_US + "?orgId=" + org,
                "enabled=true&reportTypes=spCampaigns");

        assertThat(ticked.body()).contains("is synced from the next run on")
                .containsPattern("data-profile=\"" + SandboxAccounts.PROFILE_US + "\" data-enabled=\"true\"");
        assertThat(jdbc.sql("select enabled from ads_profiles where org_id = ? and profile_id = ?")
                .params(org, SandboxAccounts.PROFILE_US).query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAgencyProfileIsListedButCannotBeSynced() {
        jdbc.sql("insert into ads_profiles (org_id, profile_id, region, country_code, currency_code, timezone, "
                + "account_name, account_type) values (?, 777, 'SANDBOX', 'US', 'USD', 'America/New_York', "
                + "'Agency DSP', 'agency')").param(org).update();

        Response refused = console.htmxPost("/settings/profiles/777?orgId=" + org, "enabled=true&reportTypes=spCampaigns");

        assertThat(refused.body()).contains("flash-error", "an agency (DSP) profile has no Sponsored Products");
        assertThat(jdbc.sql("select enabled from ads_profiles where org_id = ? and profile_id = 777").param(org)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void theColumnsAmazonNoLongerAcceptsAreListedWithTheDateTheyWereSeen() {
        jdbc.sql("insert into report_column_exclusions (report_type, column_name, detail) values ('spTargeting', "
                + "'retiredForThisTest', 'configuration columns includes invalid values: (retiredForThisTest)') "
                + "on conflict do nothing").update();

        TestOrgs.addProfile(jdbc, org, 1_100_001L, ZoneId.of("Asia/Tokyo"), "JP", "JPY");
        Instant seen = jdbc.sql("select detected_at from report_column_exclusions where column_name = 'retiredForThisTest'")
                .query(Timestamp.class).single().toInstant();

        String page = console.page("/settings?orgId=" + org).body();

        assertThat(page).contains("Report columns Amazon no longer accepts", "data-column=\"retiredForThisTest\"",
                "configuration columns includes invalid values: (retiredForThisTest)")
                .as("seen, in the profile's zone with its abbreviation")
                .contains(format.time(seen, ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void aRefusedDiscoverySaysWhyAndKeepsTheList() {
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                "Atzr|revoked", SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));

        Response refused = console.htmxPost("/settings/profiles/discover?orgId=" + org, "");

        assertThat(refused.body()).contains("Discovery failed", "invalid_grant")
                .contains("data-profile=\"" + SandboxAccounts.PROFILE_GB + "\"").doesNotContain("Atzr|revoked");
    }
}
