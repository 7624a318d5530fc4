package io.adsync.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.adsync.ads.AdsClientProperties;
import io.adsync.ads.AdsEndpoints;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxOptions;
import io.adsync.settings.AmazonSpApiSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SP-API section's "Test connection": a Login-with-Amazon token exchange over real HTTP, here
 * against the sandbox's token endpoint standing in for Amazon's ({@code AMAZON_ADS_TOKEN_URL}).
 */
class SpApiConnectionCheckTest {

    private static final AdsSandbox SANDBOX = AdsSandbox.start(SandboxOptions.defaults().withPort(0));

    private final SpApiConnectionCheck check = checkAgainst(SANDBOX.tokenUrl());

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void validCredentialsConnectAndSayHowLongTheTokenLasts() {
        SpApiConnectionResult result = check.check(settings(SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN));

        assertThat(result.success()).isTrue();
        assertThat(result.expiresIn()).isEqualTo(3600);
        assertThat(result.error()).isNull();
    }

    @Test
    void aWrongClientSecretIsRefusedInAmazonsWordsWithoutTheSecret() {
        SpApiConnectionResult result = check.check(settings("wrong-secret-123", SandboxAccounts.REFRESH_TOKEN));

        assertThat(result.success()).isFalse();
        assertThat(result.error()).contains("HTTP 401", "invalid_client", "client secret")
                .doesNotContain("wrong-secret-123");
    }

    @Test
    void aWrongRefreshTokenIsRefusedAndNeverEchoed() {
        String token = "Atzr|IwEBIwrongtokenvalue";
        SpApiConnectionResult result = check.check(settings(SandboxAccounts.CLIENT_SECRET, token));

        assertThat(result.success()).isFalse();
        assertThat(result.error()).contains("HTTP 400", "invalid_grant").doesNotContain(token);
    }

    @Test
    void anUnreachableLoginWithAmazonIsSaidSo() {
        SpApiConnectionResult result = checkAgainst("http://127.0.0.1:1/auth/o2/token")
                .check(settings(SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN));

        assertThat(result.success()).isFalse();
        assertThat(result.error()).startsWith("Login with Amazon (127.0.0.1) cannot be reached from this server");
    }

    private static SpApiConnectionCheck checkAgainst(String tokenUrl) {
        AdsClientProperties properties = new AdsClientProperties(tokenUrl, null, null,
                new AdsClientProperties.Retry(1, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        return new SpApiConnectionCheck(new AdsEndpoints(properties), JsonMapper.builder().build());
    }

    private static AmazonSpApiSettings settings(String clientSecret, String refreshToken) {
        return new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID, clientSecret, refreshToken, "ATVPDKIKX0DER");
    }
}
