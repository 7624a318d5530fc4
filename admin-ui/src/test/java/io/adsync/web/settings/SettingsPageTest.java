package io.adsync.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;

@AdsSyncAppTest
class SettingsPageTest {

    static final String ADS_FORM = "client_id=amzn1.application-oa2-client.0f3e&client_secret=ads-secret-0123456789a1b2"
            + "&refresh_token=" + encode("Atzr|IwEBIrefresh-token-c3d4") + "&profile_id=366822873177837&region=EU";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore store;

    ConsoleSession console;
    long org;

    @BeforeEach
    void newOrg() {
        console = new ConsoleSession(port);
        org = TestOrgs.create(jdbc);
    }

    @Test
    void anOrganizationWithNothingSavedGetsEmptyOpenFieldsInBothSections() {
        Response page = console.page("/settings?orgId=" + org);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Amazon SP-API", "Amazon Ads API", "<hr class=\"divider\">",
                "id=\"ads-client-secret\"", "id=\"sp-client-secret\"").doesNotContain("data-unlock", "readonly");
        assertThat(page.body().indexOf("Amazon SP-API")).isLessThan(page.body().indexOf("Amazon Ads API"));
        assertThat(page.body()).as("nothing saved: nothing to cancel back to").doesNotContain("data-cancel");
    }

    @Test
    void secretsArePasswordInputsWithAShowToggleAndTheOtherFieldsAreText() {
        String page = console.page("/settings?orgId=" + org).body();

        for (String secret : new String[] {"ads-client-secret", "ads-refresh-token", "sp-client-secret", "sp-refresh-token"}) {
            assertThat(page).containsPattern("<input type=\"password\" id=\"" + secret + "\"")
                    .containsPattern("aria-pressed=\"false\"[^>]*aria-controls=\"" + secret + "\"");
        }
        assertThat(page).contains("<input type=\"text\" id=\"ads-client-id\"", "<input type=\"text\" id=\"ads-profile-id\"",
                "aria-label=\"Show client secret\"", "aria-label=\"Show refresh token\"");
    }

    @Test
    void cancelAnswersTheSavedSectionLockedAgain() {
        console.htmxPost("/settings/amazon-ads?orgId=" + org, ADS_FORM);

        Response cancelled = console.htmxGet("/settings/amazon-ads?orgId=" + org);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).contains("id=\"ads\"", "value=\"••••a1b2\"", "readonly", "data-unlock")
                .doesNotContain("Amazon SP-API", "ads-secret-0123456789", "Saved.");
        assertThat(cancelled.body()).as("Cancel is there, hidden until Change is pressed")
                .containsPattern("id=\"cancel-ads\"[^>]*hidden");
    }

    @Test
    void savedAdsCredentialsAreStoredAndShownLockedAndMasked() {
        Response saved = console.htmxPost("/settings/amazon-ads?orgId=" + org, ADS_FORM);

        assertThat(store.amazonAds(org)).contains(new AmazonAdsSettings("amzn1.application-oa2-client.0f3e",
                "ads-secret-0123456789a1b2", "Atzr|IwEBIrefresh-token-c3d4", 366822873177837L, AdsRegion.EU));
        assertThat(saved.body()).contains("Saved.", "value=\"••••a1b2\"", "value=\"••••c3d4\"", "readonly",
                "data-unlock").doesNotContain("ads-secret-0123456789", "IwEBIrefresh");
        assertThat(console.page("/settings?orgId=" + org).body()).contains("value=\"••••a1b2\"")
                .doesNotContain("ads-secret-0123456789");
    }

    @Test
    void lockedSecretsPostedBackKeepTheSavedOnes() {
        console.htmxPost("/settings/amazon-ads?orgId=" + org, ADS_FORM);

        console.htmxPost("/settings/amazon-ads?orgId=" + org, "client_id=amzn1.application-oa2-client.0f3e"
                + "&client_secret=" + encode("••••a1b2") + "&refresh_token=" + encode("••••c3d4")
                + "&profile_id=458912736451203&region=NA");

        assertThat(store.amazonAds(org)).contains(new AmazonAdsSettings("amzn1.application-oa2-client.0f3e",
                "ads-secret-0123456789a1b2", "Atzr|IwEBIrefresh-token-c3d4", 458912736451203L, AdsRegion.NA));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSavedNorEchoed() {
        Response response = console.htmxPost("/settings/amazon-ads?orgId=" + org,
                "client_id=&client_secret=typed-secret-xyz123456&refresh_token=t&profile_id=12ab&region=APAC");

        assertThat(response.body()).contains("Not saved: Client ID is required; Profile ID must be the numeric Amazon Ads profile id")
                .doesNotContain("amazon_ads.", "typed-secret-xyz123456").contains("value=\"12ab\"");
        assertThat(response.body()).as("each message beside its field, which points to it")
                .containsPattern("id=\"ads-client-id\"[^>]*aria-invalid=\"true\" aria-describedby=\"ads-client-id-error\"")
                .contains("<p class=\"field-error\" id=\"ads-client-id-error\">Client ID is required</p>")
                .contains("<p class=\"field-error\" id=\"ads-profile-id-error\">Profile ID must be the numeric");
        assertThat(response.body()).containsPattern("id=\"ads-region\"[^>]*aria-invalid=\"true\" "
                        + "aria-describedby=\"ads-region-hint ads-region-error\"")
                .contains("id=\"ads-region-error\">Region must be one of NA, EU, FE, SANDBOX, got &#39;APAC&#39;</p>");
        assertThat(response.body()).as("valid fields are not marked").doesNotContain("ads-refresh-token-error");
        assertThat(store.amazonAds(org)).isEmpty();
    }

    @Test
    void aFailedEditOfSavedSettingsOffersCancelAndNoTestOfTheOldValues() {
        console.htmxPost("/settings/amazon-ads?orgId=" + org, ADS_FORM);

        Response response = console.htmxPost("/settings/amazon-ads?orgId=" + org,
                "client_id=amzn1.application-oa2-client.0f3e&client_secret=&refresh_token=" + encode("••••c3d4")
                        + "&profile_id=366822873177837&region=EU");

        assertThat(response.body()).contains("Not saved: Client secret is required.",
                "<p class=\"field-error\" id=\"ads-client-secret-error\">Client secret is required</p>");
        assertThat(response.body()).containsPattern("id=\"cancel-ads\"(?![^>]*hidden)[^>]*>Cancel<")
                .containsPattern("id=\"test-ads\"[^>]*disabled");
        assertThat(store.amazonAds(org)).as("the saved settings are kept").isPresent();
    }

    @Test
    void savesTheSpApiSectionOnItsOwn() {
        Response saved = console.htmxPost("/settings/amazon?orgId=" + org, "client_id=amzn1.sp&client_secret="
                + "sp-secret-9876543210e5f6&refresh_token=" + encode("Atzr|sp-refresh-g7h8")
                + "&marketplace_id=A1F83G8C2ARO7P");

        assertThat(saved.body()).contains("Saved.", "value=\"••••e5f6\"").doesNotContain("Amazon Ads API");
        assertThat(store.amazonSpApi(org)).contains(new AmazonSpApiSettings("amzn1.sp", "sp-secret-9876543210e5f6",
                "Atzr|sp-refresh-g7h8", "A1F83G8C2ARO7P"));
        assertThat(store.amazonAds(org)).isEmpty();
    }

    @Test
    void theSpApiSectionNamesItsFieldsByLabelAndCancelsToItsSavedValues() {
        console.htmxPost("/settings/amazon?orgId=" + org, "client_id=amzn1.sp&client_secret=sp-secret-9876543210e5f6"
                + "&refresh_token=" + encode("Atzr|sp-refresh-g7h8") + "&marketplace_id=A1F83G8C2ARO7P");

        Response failed = console.htmxPost("/settings/amazon?orgId=" + org, "client_id=amzn1.sp&client_secret="
                + encode("••••e5f6") + "&refresh_token=" + encode("••••g7h8") + "&marketplace_id=");
        Response cancelled = console.htmxGet("/settings/amazon?orgId=" + org);

        assertThat(failed.body()).contains("Not saved: Marketplace ID is required.",
                "<p class=\"field-error\" id=\"sp-marketplace-id-error\">Marketplace ID is required</p>")
                .doesNotContain("amazon.marketplace_id").containsPattern("id=\"cancel-sp-api\"(?![^>]*hidden)");
        assertThat(cancelled.body()).contains("id=\"sp-api\"", "value=\"A1F83G8C2ARO7P\"", "value=\"••••e5f6\"",
                "readonly").doesNotContain("sp-secret-9876543210", "field-error", "Amazon Ads API");
    }

    @Test
    void testConnectionShowsTheTokenLifetimeAndTheProfile() {
        store.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_US, AdsRegion.SANDBOX));

        Response result = console.htmxPost("/settings/amazon-ads/test?orgId=" + org, "");

        assertThat(result.body()).contains("Connected.", "Access token valid for 60 minutes (3600 s).",
                ">US<", ">USD<", ">America/Los_Angeles<");
    }

    @Test
    void aConnectionSavedWithoutAProfileIdEnablesNoProfileAndItsTestSaysHowManyItReaches() {
        Response saved = console.htmxPost("/settings/amazon-ads?orgId=" + org,
                ADS_FORM.replace("&profile_id=366822873177837", "&profile_id="));

        assertThat(saved.body()).contains("Saved.", "id=\"ads-profile-id-hint\"").doesNotContain("field-error");
        assertThat(store.amazonAds(org).orElseThrow().profileId()).isEqualTo(AmazonAdsSettings.NO_PROFILE);
        assertThat(saved.body()).containsPattern("id=\"ads-profile-id\"[^>]*value=\"\"");
        assertThat(jdbc.sql("select count(*) from ads_profiles where org_id = ?").param(org).query(Long.class)
                .single()).as("no profile enabled").isZero();

        store.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, AmazonAdsSettings.NO_PROFILE, AdsRegion.SANDBOX));
        Response result = console.htmxPost("/settings/amazon-ads/test?orgId=" + org, "");

        assertThat(result.body()).contains("Connected.", "No profile id is saved: the credentials reach "
                + SandboxAccounts.profiles().size() + " profiles in the saved region.").doesNotContain("<dt>Profile</dt>");
    }

    @Test
    void testConnectionShowsAmazonsRefusalInPlainWords() {
        store.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, "a-wrong-client-secret",
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));

        Response result = console.htmxPost("/settings/amazon-ads/test?orgId=" + org, "");

        assertThat(result.body()).contains("Not connected.", "Amazon rejected the client id or client secret",
                "invalid_client");
    }

    @Test
    void testConnectionWithNothingSavedSaysToSaveFirst() {
        Response result = console.htmxPost("/settings/amazon-ads/test?orgId=" + org, "");

        assertThat(result.body()).contains("Not connected.", "save first");
    }

    @Test
    void theSpApiSectionHasItsOwnTestWhichAsksToSaveFirst() {
        assertThat(console.page("/settings?orgId=" + org).body()).contains("id=\"test-sp-api\"", "id=\"test-ads\"");

        Response result = console.htmxPost("/settings/amazon/test?orgId=" + org, "");

        assertThat(result.body()).contains("id=\"sp-api-test\"", "Not connected.", "No SP-API credentials are saved",
                "save first");
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
