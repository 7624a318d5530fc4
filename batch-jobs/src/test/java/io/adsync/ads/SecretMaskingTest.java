package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    @Test
    void credentialsShowNoSecretWhenPrinted() {
        AdsCredentials credentials = new AdsCredentials("amzn1.application-oa2-client.abc", "secret-1234567890WXYZ",
                "Atzr|IwEBIrefresh-token-ABCD", 366822873177837L, AdsRegion.EU);

        assertThat(credentials.toString())
                .contains("amzn1.application-oa2-client.abc", "366822873177837", "EU", "••••WXYZ", "••••ABCD")
                .doesNotContain("secret-1234567890", "Atzr|IwEBIrefresh");
    }

    @Test
    void anAccessTokenShowsNothingOfItsValueWhenPrinted() {
        AccessToken token = new AccessToken("Atza|IwEBIaccess-token", 3600, Instant.parse("2025-06-02T11:00:00Z"));

        assertThat(token.toString()).contains("3600", "2025-06-02T11:00:00Z").doesNotContain("Atza", "IwEB");
    }

    @Test
    void tokensQuotedInAmazonsErrorTextAreBlankedOut() {
        assertThat(AmazonErrorBody.redact("token Atza|IwEBIabc-def expired, refresh Atzr|xyz\"}"))
                .isEqualTo("token •••• expired, refresh ••••\"}");
    }
}
