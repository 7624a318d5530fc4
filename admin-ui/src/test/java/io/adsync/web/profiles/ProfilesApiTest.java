package io.adsync.web.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
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

/** {@code /api/profiles}: what the connection reaches, discovered at Amazon, and which of it is synced. */
@AdsSyncAppTest
class ProfilesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    TestHttp http;
    long org;

    @BeforeEach
    void connectedOrg() {
        http = new TestHttp(port);
        org = TestOrgs.create(jdbc);
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));
    }

    @Test
    void theSavedConnectionsProfileIsSyncedBeforeAnyDiscovery() {
        JsonNode profiles = get("/api/profiles?orgId=" + org).json().path("profiles");

        assertThat(profiles).hasSize(1);
        assertThat(profiles.get(0).path("profileId").asLong()).isEqualTo(SandboxAccounts.PROFILE_GB);
        assertThat(profiles.get(0).path("enabled").asBoolean()).isTrue();
        assertThat(profiles.get(0).path("timezone").isNull()).as("not discovered yet").isTrue();
    }

    @Test
    void discoveryListsEveryProfileWithItsCurrencyAndZoneAndAddsNewOnesDisabled() {
        Response discovered = post("/api/profiles/discover?orgId=" + org, "");

        assertThat(discovered.status()).isEqualTo(200);
        JsonNode profiles = discovered.json().path("profiles");
        assertThat(profiles).hasSize(SandboxAccounts.profiles().size());
        assertThat(profile(profiles, SandboxAccounts.PROFILE_JP).path("marketplaceRegion").asString()).isEqualTo("FE");
        assertThat(profile(profiles, SandboxAccounts.PROFILE_AGENCY).path("problem").asString()).contains("agency");
        JsonNode us = profile(profiles, SandboxAccounts.PROFILE_US);
        assertThat(us.path("currencyCode").asString()).isEqualTo("USD");
        assertThat(us.path("timezone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(us.path("accountName").asString()).isEqualTo("Sandbox Kitchen Inc");
        assertThat(us.path("enabled").asBoolean()).isFalse();
        assertThat(profile(profiles, SandboxAccounts.PROFILE_GB).path("enabled").asBoolean()).isTrue();
    }

    @Test
    void aProfileIsEnabledWithItsReportTypes() {
        post("/api/profiles/discover?orgId=" + org, "");

        Response changed = post("/api/profiles?orgId=" + org, "{\"profileId\":" + SandboxAccounts.PROFILE_US
                + ",\"enabled\":true,\"reportTypes\":[\"spCampaigns\"]}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(profile(changed.json().path("profiles"), SandboxAccounts.PROFILE_US).path("enabled").asBoolean())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from ads_profiles where org_id = ? and enabled").param(org)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAgencyProfileCannotBeEnabled() {
        post("/api/profiles/discover?orgId=" + org, "");

        Response refused = post("/api/profiles?orgId=" + org, "{\"profileId\":" + SandboxAccounts.PROFILE_AGENCY
                + ",\"enabled\":true}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asString()).contains("cannot be enabled", "agency (DSP)");
    }

    @Test
    void anUnknownProfileOrReportTypeIsABadRequestThatChangesNothing() {
        Response unknownProfile = post("/api/profiles?orgId=" + org, "{\"profileId\":1,\"enabled\":true}");
        Response unknownType = post("/api/profiles?orgId=" + org, "{\"profileId\":" + SandboxAccounts.PROFILE_GB
                + ",\"enabled\":true,\"reportTypes\":[\"spEverything\"]}");
        Response incomplete = post("/api/profiles?orgId=" + org, "{\"enabled\":true}");

        assertThat(unknownProfile.status()).isEqualTo(400);
        assertThat(unknownProfile.json().path("error").asString()).contains("has no advertising profile 1");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().path("error").asString()).contains("Unknown report type spEverything");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(jdbc.sql("select array_to_string(report_types, ',') from ads_profiles where org_id = ?").param(org)
                .query(String.class).single()).isEqualTo("spCampaigns");
    }

    @Test
    void aDiscoveryAmazonRefusesSaysWhyInPlainWords() {
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                "Atzr|revoked", SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));

        Response refused = post("/api/profiles/discover?orgId=" + org, "");

        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().path("success").asBoolean()).isFalse();
        assertThat(refused.body()).contains("invalid_grant").doesNotContain("Atzr|revoked");
    }

    private Response get(String path) {
        return http.get(path, "Authorization", TestHttp.admin());
    }

    private Response post(String path, String json) {
        return http.postJson(path, json.isEmpty() ? "{}" : json, "Authorization", TestHttp.admin());
    }

    private static JsonNode profile(JsonNode profiles, long profileId) {
        for (JsonNode profile : profiles) {
            if (profile.path("profileId").asLong() == profileId) {
                return profile;
            }
        }
        throw new AssertionError("no profile " + profileId + " in " + profiles);
    }
}
