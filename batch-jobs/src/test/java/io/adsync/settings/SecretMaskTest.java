package io.adsync.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.ads.AdsRegion;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void showsFourBulletsAndTheLastFourCharacters() {
        assertThat(SecretMask.mask("amzn1.oa2-cs.v1.0123456789abcdef1a2b")).isEqualTo("••••1a2b");
    }

    @Test
    void masksShortSecretsWhole() {
        assertThat(SecretMask.mask("short-1234")).isEqualTo("••••");
    }

    @Test
    void recognisesAMaskedValue() {
        assertThat(SecretMask.isMasked("••••1a2b")).isTrue();
        assertThat(SecretMask.isMasked("Atzr|IwEB")).isFalse();
        assertThat(SecretMask.isMasked(null)).isFalse();
    }

    @Test
    void settingsNeverPrintTheirSecrets() {
        AmazonAdsSettings ads = new AmazonAdsSettings("amzn1.application-oa2-client.x", "client-secret-value-9f8e",
                "Atzr|refresh-token-value-7d6c", 1L, AdsRegion.EU);
        AmazonSpApiSettings spApi = new AmazonSpApiSettings("amzn1.sp", "sp-secret-value-5b4a",
                "Atzr|sp-refresh-value-3c2d", "A1F83G8C2ARO7P");

        assertThat(ads.toString()).doesNotContain("client-secret-value").doesNotContain("refresh-token-value")
                .contains("••••9f8e");
        assertThat(spApi.toString()).doesNotContain("sp-secret-value").doesNotContain("sp-refresh-value");
    }
}
