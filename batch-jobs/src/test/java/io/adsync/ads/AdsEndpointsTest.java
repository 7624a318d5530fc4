package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.adsync.ads.AdsEndpoints.Endpoints;

class AdsEndpointsTest {

    private static AdsEndpoints endpoints(String tokenUrl, String apiUrl, String sandboxUrl) {
        return new AdsEndpoints(new AdsClientProperties(tokenUrl, apiUrl, sandboxUrl,
                new AdsClientProperties.Retry(5, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                Duration.ofSeconds(10), Duration.ofSeconds(30)));
    }

    @Test
    void eachRealRegionHasItsOwnTokenHostAndApiHost() {
        AdsEndpoints defaults = endpoints(null, null, null);

        assertThat(defaults.resolve(AdsRegion.NA)).isEqualTo(new Endpoints(
                "https://api.amazon.com/auth/o2/token", "https://advertising-api.amazon.com"));
        assertThat(defaults.resolve(AdsRegion.EU)).isEqualTo(new Endpoints(
                "https://api.amazon.co.uk/auth/o2/token", "https://advertising-api-eu.amazon.com"));
        assertThat(defaults.resolve(AdsRegion.FE)).isEqualTo(new Endpoints(
                "https://api.amazon.co.jp/auth/o2/token", "https://advertising-api-fe.amazon.com"));
    }

    @Test
    void overridesWinOverEveryRegion() {
        AdsEndpoints overridden = endpoints("https://proxy.example/token", "https://proxy.example/ads/",
                "http://127.0.0.1:9999");

        for (AdsRegion region : AdsRegion.values()) {
            assertThat(overridden.resolve(region))
                    .isEqualTo(new Endpoints("https://proxy.example/token", "https://proxy.example/ads"));
        }
    }

    @Test
    void oneOverrideLeavesTheOtherUrlToTheRegion() {
        assertThat(endpoints(null, "http://localhost:8181", null).resolve(AdsRegion.EU)).isEqualTo(new Endpoints(
                "https://api.amazon.co.uk/auth/o2/token", "http://localhost:8181"));
        assertThat(endpoints("http://localhost:8181/auth/o2/token", null, null).resolve(AdsRegion.NA))
                .isEqualTo(new Endpoints("http://localhost:8181/auth/o2/token", "https://advertising-api.amazon.com"));
    }

    @Test
    void blankOverridesFromEmptyEnvironmentVariablesAreIgnored() {
        assertThat(endpoints("", "  ", null).resolve(AdsRegion.FE)).isEqualTo(new Endpoints(
                "https://api.amazon.co.jp/auth/o2/token", "https://advertising-api-fe.amazon.com"));
    }

    @Test
    void theSandboxRegionUsesTheRunningSandbox() {
        assertThat(endpoints(null, null, "http://127.0.0.1:40123/").resolve(AdsRegion.SANDBOX))
                .isEqualTo(new Endpoints("http://127.0.0.1:40123/auth/o2/token", "http://127.0.0.1:40123"));
    }

    @Test
    void theSandboxRegionWithoutARunningSandboxIsExplainedInPlainWords() {
        assertThatThrownBy(() -> endpoints(null, null, "").resolve(AdsRegion.SANDBOX))
                .isInstanceOf(AdsApiException.class)
                .hasMessageContaining("The region SANDBOX needs the built-in sandbox, which is not running");
    }
}
