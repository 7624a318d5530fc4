package io.adsync.spapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsRegion;
import io.adsync.settings.AmazonSpApiSettings;
import org.junit.jupiter.api.Test;

/** Where SP-API calls go: the marketplace's regional host, unless SP_API_URL / SP_API_TOKEN_URL say otherwise. */
class SpApiEndpointsTest {

    @Test
    void eachRegionHasItsHostAndLoginWithAmazonIsGlobal() {
        SpApiEndpoints endpoints = new SpApiEndpoints(new SpApiProperties(null, null, null));

        assertThat(endpoints.resolve(AdsRegion.NA).apiUrl()).isEqualTo("https://sellingpartnerapi-na.amazon.com");
        assertThat(endpoints.resolve(AdsRegion.EU).apiUrl()).isEqualTo("https://sellingpartnerapi-eu.amazon.com");
        assertThat(endpoints.resolve(AdsRegion.FE).apiUrl()).isEqualTo("https://sellingpartnerapi-fe.amazon.com");
        assertThat(endpoints.resolve(AdsRegion.FE).tokenUrl()).isEqualTo("https://api.amazon.com/auth/o2/token");
    }

    @Test
    void overridesWinAndBlankMeansUnset() {
        SpApiEndpoints endpoints = new SpApiEndpoints(new SpApiProperties("http://proxy:9000/", " ", null));

        assertThat(endpoints.resolve(AdsRegion.EU).apiUrl()).isEqualTo("http://proxy:9000");
        assertThat(endpoints.resolve(AdsRegion.EU).tokenUrl()).isEqualTo("https://api.amazon.com/auth/o2/token");
    }

    @Test
    void theSandboxRegionNeedsTheBuiltInSandbox() {
        assertThat(new SpApiEndpoints(new SpApiProperties(null, null, "http://127.0.0.1:8181"))
                .resolve(AdsRegion.SANDBOX))
                .isEqualTo(new SpApiEndpoints.Endpoints("http://127.0.0.1:8181/auth/o2/token", "http://127.0.0.1:8181"));
        assertThatThrownBy(() -> new SpApiEndpoints(new SpApiProperties(null, null, null)).resolve(AdsRegion.SANDBOX))
                .isInstanceOf(AdsApiException.class).hasMessageContaining("not running in this application");
    }

    @Test
    void theRegionFollowsTheMarketplaceAndAnUnknownOneIsSaidSo() {
        assertThat(SpApiCredentials.of(new AmazonSpApiSettings("id", "secret", "Atzr|x", "A1VC38T7YXB528")).region())
                .isEqualTo(AdsRegion.FE);
        assertThat(SpApiCredentials.of(new AmazonSpApiSettings("id", "secret", "Atzr|x", "ATVPDKIKX0DER")).region())
                .isEqualTo(AdsRegion.NA);
        assertThatThrownBy(() -> SpApiCredentials.of(new AmazonSpApiSettings("id", "secret", "Atzr|x", "NOPE")))
                .isInstanceOf(UnknownMarketplaceException.class).hasMessageContaining("\"NOPE\"");
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        SpApiCredentials credentials = SpApiCredentials.of(new AmazonSpApiSettings("amzn1.id",
                "a-long-client-secret-value", "Atzr|a-long-refresh-token-value", "A1F83G8C2ARO7P"));

        assertThat(credentials.toString()).doesNotContain("a-long-client-secret", "a-long-refresh-token")
                .contains("amzn1.id");
        assertThat(credentials.lwa().toString()).doesNotContain("a-long-client-secret", "a-long-refresh-token");
    }
}
