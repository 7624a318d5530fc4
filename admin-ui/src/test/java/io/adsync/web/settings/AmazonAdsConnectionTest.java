package io.adsync.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxProfile;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestOrgs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** "Test connection" against the built-in sandbox over real HTTP: the answer for each way it can go. */
@AdsSyncAppTest
class AmazonAdsConnectionTest {

    @LocalServerPort
    int port;

    @Autowired
    SettingsStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdsSandbox sandbox;

    TestHttp http;
    long org;

    @BeforeEach
    void newOrg() {
        http = new TestHttp(port);
        org = TestOrgs.create(jdbc);
    }

    @AfterEach
    void resetSandbox() {
        sandbox.faults().reset();
    }

    @Test
    void org1StartsOnTheSandboxAndConnects() {
        JsonNode result = test(1);

        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("expiresIn").asLong()).isEqualTo(3600);
        JsonNode profile = result.get("profile");
        assertThat(profile.get("profileId").asLong()).isEqualTo(SandboxAccounts.PROFILE_GB);
        assertThat(profile.get("countryCode").asString()).isEqualTo("GB");
        assertThat(profile.get("currencyCode").asString()).isEqualTo("GBP");
        assertThat(profile.get("timezone").asString()).isEqualTo("Europe/London");
        assertThat(result.has("error")).isFalse();
    }

    @Test
    void findsTheConfiguredProfileAmongSeveral() {
        save(SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_US);

        JsonNode result = test(org);

        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("profile").get("countryCode").asString()).isEqualTo("US");
        assertThat(result.get("profile").get("timezone").asString()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void aRefusedRefreshTokenIsReportedInPlainWords() {
        save(SandboxAccounts.CLIENT_SECRET, "Atzr|revoked-refresh-token", SandboxAccounts.PROFILE_GB);

        JsonNode result = test(org);

        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("error").asString()).containsIgnoringCase("refresh token")
                .doesNotContain("Atzr|revoked-refresh-token");
        assertThat(result.has("profile")).isFalse();
    }

    @Test
    void aRefusedClientIsReportedInPlainWords() {
        save("wrong-client-secret-0000", SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB);

        JsonNode result = test(org);

        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("error").asString()).containsIgnoringCase("client")
                .doesNotContain("wrong-client-secret-0000");
    }

    @Test
    void aProfileTheCredentialsCannotSeeIsNamedWithTheRegion() {
        save(SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, 111111111111111L);

        JsonNode result = test(org);

        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("error").asString()).contains("111111111111111").contains("SANDBOX");
    }

    @Test
    void aConnectionSavedWithoutAProfileIdListsTheProfilesItReaches() {
        save(SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, AmazonAdsSettings.NO_PROFILE);

        JsonNode result = test(org);

        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("expiresIn").asLong()).isEqualTo(3600);
        assertThat(result.has("profile")).isFalse();
        List<Long> reached = new ArrayList<>();
        result.get("profiles").forEach(profile -> reached.add(profile.get("profileId").asLong()));
        assertThat(reached).containsExactlyInAnyOrderElementsOf(
                SandboxAccounts.profiles().stream().map(SandboxProfile::profileId).toList());
    }

    @Test
    void withNothingSavedSaysWhatToDo() {
        JsonNode result = test(org);

        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("error").asString())
                .isEqualTo("No Amazon Ads credentials are saved for organization " + org
                        + ": enter them under Settings > Amazon Ads API and save first");
    }

    private void save(String clientSecret, String refreshToken, long profileId) {
        store.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, clientSecret, refreshToken,
                profileId, AdsRegion.SANDBOX));
    }

    private JsonNode test(long orgId) {
        TestHttp.Response response = http.get("/api/test/amazon-ads?orgId=" + orgId, "Authorization",
                TestHttp.admin());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
