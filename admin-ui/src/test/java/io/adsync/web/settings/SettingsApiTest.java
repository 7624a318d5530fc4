package io.adsync.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.ads.AdsRegion;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.AmazonSpApiSettings;
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
import tools.jackson.databind.node.ObjectNode;

@AdsSyncAppTest
class SettingsApiTest {

    private static final String ADS_JSON = """
            {"amazon_ads": {"client_id": "amzn1.application-oa2-client.0f3e", "client_secret": "ads-secret-0123456789a1b2",
              "refresh_token": "Atzr|IwEBIrefresh-token-c3d4", "profile_id": "366822873177837", "region": "eu"}}""";
    private static final String SP_API_JSON = """
            {"amazon": {"client_id": "amzn1.application-oa2-client.sp", "client_secret": "sp-secret-9876543210e5f6",
              "refresh_token": "Atzr|IwEBIsp-refresh-g7h8", "marketplace_id": "A1F83G8C2ARO7P"}}""";

    @LocalServerPort
    int port;

    @Autowired
    SettingsStore store;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    long org;

    @BeforeEach
    void newOrg() {
        http = new TestHttp(port);
        org = TestOrgs.create(jdbc);
    }

    @Test
    void anOrgWithNothingSavedShowsNullSections() {
        JsonNode settings = get().json();

        assertThat(settings.get("amazon").isNull()).isTrue();
        assertThat(settings.get("amazon_ads").isNull()).isTrue();
    }

    @Test
    void savedSettingsComeBackWithSecretsMasked() {
        assertThat(post(ADS_JSON).json().get("success").asBoolean()).isTrue();
        assertThat(post(SP_API_JSON).status()).isEqualTo(200);

        JsonNode settings = get().json();

        JsonNode ads = settings.get("amazon_ads");
        assertThat(ads.get("client_id").asString()).isEqualTo("amzn1.application-oa2-client.0f3e");
        assertThat(ads.get("client_secret").asString()).isEqualTo("••••a1b2");
        assertThat(ads.get("refresh_token").asString()).isEqualTo("••••c3d4");
        assertThat(ads.get("profile_id").asString()).isEqualTo("366822873177837");
        assertThat(ads.get("region").asString()).isEqualTo("EU");
        JsonNode spApi = settings.get("amazon");
        assertThat(spApi.get("client_secret").asString()).isEqualTo("••••e5f6");
        assertThat(spApi.get("refresh_token").asString()).isEqualTo("••••g7h8");
        assertThat(spApi.get("marketplace_id").asString()).isEqualTo("A1F83G8C2ARO7P");
        assertThat(get().body()).doesNotContain("ads-secret-0123456789").doesNotContain("IwEBIrefresh-token");
    }

    @Test
    void maskedValuesPostedBackKeepTheSavedSecrets() {
        post(ADS_JSON);
        post(SP_API_JSON);
        JsonNode shown = get().json();
        ((ObjectNode) shown.get("amazon_ads")).put("profile_id", "458912736451203");
        ((ObjectNode) shown.get("amazon")).put("marketplace_id", "ATVPDKIKX0DER");

        assertThat(post(shown.toString()).status()).isEqualTo(200);

        assertThat(store.amazonAds(org)).contains(new AmazonAdsSettings("amzn1.application-oa2-client.0f3e",
                "ads-secret-0123456789a1b2", "Atzr|IwEBIrefresh-token-c3d4", 458912736451203L, AdsRegion.EU));
        assertThat(store.amazonSpApi(org)).contains(new AmazonSpApiSettings("amzn1.application-oa2-client.sp",
                "sp-secret-9876543210e5f6", "Atzr|IwEBIsp-refresh-g7h8", "ATVPDKIKX0DER"));
    }

    @Test
    void aNewSecretReplacesTheSavedOne() {
        post(ADS_JSON);

        post(ADS_JSON.replace("ads-secret-0123456789a1b2", "rotated-secret-000000zz99"));

        assertThat(store.amazonAds(org)).get().extracting(AmazonAdsSettings::clientSecret)
                .isEqualTo("rotated-secret-000000zz99");
        assertThat(get().json().get("amazon_ads").get("client_secret").asString()).isEqualTo("••••zz99");
    }

    @Test
    void aSectionLeftOutIsLeftAsItIs() {
        post(SP_API_JSON);

        post(ADS_JSON);

        assertThat(store.amazonSpApi(org)).isPresent();
    }

    @Test
    void aMaskedSecretWithNothingSavedIsRefused() {
        Response response = post(ADS_JSON.replace("ads-secret-0123456789a1b2", "••••a1b2"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString())
                .isEqualTo("amazon_ads.client_secret is masked but nothing is saved to keep: enter the value");
        assertThat(store.amazonAds(org)).isEmpty();
    }

    @Test
    void namesEveryInvalidFieldAndSavesNothing() {
        Response response = post("""
                {"amazon": {"client_id": "sp", "client_secret": "x", "refresh_token": "y", "marketplace_id": "M"},
                 "amazon_ads": {"client_id": " ", "client_secret": "s", "refresh_token": "t",
                                "profile_id": "12ab", "region": "APAC"}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("error").asString()).isEqualTo("amazon_ads.client_id is required; "
                + "amazon_ads.profile_id must be the numeric Amazon Ads profile id (e.g. 366822873177837), got '12ab'; "
                + "amazon_ads.region must be one of NA, EU, FE, SANDBOX, got 'APAC'");
        assertThat(store.amazonSpApi(org)).as("the valid section is not saved either").isEmpty();
    }

    @Test
    void acceptsTheProfileIdAsAJsonNumber() {
        Response response = post(ADS_JSON.replace("\"366822873177837\"", "366822873177837"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(store.amazonAds(org)).get().extracting(AmazonAdsSettings::profileId).isEqualTo(366822873177837L);
    }

    @Test
    void aConnectionWithoutAProfileIdIsSavedWithNoneAndShownWithAnEmptyOne() {
        Response response = post(ADS_JSON.replace(", \"profile_id\": \"366822873177837\"", ""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(store.amazonAds(org)).get().extracting(AmazonAdsSettings::profileId)
                .isEqualTo(AmazonAdsSettings.NO_PROFILE);
        assertThat(get().json().get("amazon_ads").get("profile_id").asString()).isEmpty();
    }

    @Test
    void refusesABodyWithNothingToSave() {
        Response response = post("{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("Nothing to save");
    }

    @Test
    void refusesMalformedJsonWith400() {
        Response response = post("{\"amazon_ads\": {\"client_id\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("error").asString()).contains("not valid JSON");
    }

    @Test
    void refusesAMissingBodyWith400() {
        Response response = http.send("POST", "/api/settings?orgId=" + org, null, "Authorization", TestHttp.admin(),
                "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("body is missing");
    }

    @Test
    void readsTheOrgFromTheHeaderToo() {
        post(ADS_JSON);

        Response response = http.get("/api/settings", "Authorization", TestHttp.admin(), "X-Org-Id",
                Long.toString(org));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("amazon_ads").get("client_secret").asString()).isEqualTo("••••a1b2");
    }

    @Test
    void refusesAMissingNonNumericOrUnknownOrgWith400() {
        assertError(http.get("/api/settings", "Authorization", TestHttp.admin()),
                "orgId is required: pass ?orgId=<id> or the header X-Org-Id");
        assertError(http.get("/api/settings?orgId=abc", "Authorization", TestHttp.admin()),
                "orgId must be a number, got 'abc'");
        assertError(http.get("/api/settings", "Authorization", TestHttp.admin(), "X-Org-Id", "1.5"),
                "orgId must be a number, got '1.5'");
        assertError(http.postJson("/api/settings?orgId=99999999", ADS_JSON, "Authorization", TestHttp.admin()),
                "organization 99999999 does not exist");
    }

    @Test
    void aConsoleSessionPostsWithTheCsrfTokenOfItsPage() {
        http.logIn(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
        String token = TestHttp.csrfToken(http.get("/login"));

        Response withoutToken = http.postJson("/api/settings?orgId=" + org, ADS_JSON);
        Response withToken = http.postJson("/api/settings?orgId=" + org, ADS_JSON, "X-CSRF-TOKEN", token);

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().get("error").asString()).contains("CSRF");
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(http.get("/api/settings?orgId=" + org).json().get("amazon_ads").isObject()).isTrue();
    }

    private Response get() {
        Response response = http.get("/api/settings?orgId=" + org, "Authorization", TestHttp.admin());
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    private Response post(String json) {
        return http.postJson("/api/settings?orgId=" + org, json, "Authorization", TestHttp.admin());
    }

    private static void assertError(Response response, String error) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("error").asString()).isEqualTo(error);
    }
}
