package io.adsync.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import io.adsync.ads.AdsClientProperties;
import io.adsync.ads.AmazonHttp;
import io.adsync.ads.AmazonRequestCounter;
import io.adsync.spapi.SpApiClient;
import io.adsync.spapi.SpApiEndpoints;
import io.adsync.spapi.SpApiProperties;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxOptions;
import io.adsync.settings.AmazonSpApiSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SP-API section's "Test connection": a Login-with-Amazon token exchange over real HTTP, here
 * through the sales job's own SP-API client, against the sandbox's token endpoint standing in for Amazon's
 * ({@code SP_API_TOKEN_URL}).
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
        assertThat(result.error()).contains("refused the SP-API credentials", "invalid_client", "client secret",
                        "SP-API settings")
                .doesNotContain("wrong-secret-123");
    }

    @Test
    void aWrongRefreshTokenIsRefusedAndNeverEchoed() {
        String token = "Atzr|IwEBIwrongtokenvalue";
        SpApiConnectionResult result = check.check(settings(SandboxAccounts.CLIENT_SECRET, token));

        assertThat(result.success()).isFalse();
        assertThat(result.error()).contains("invalid_grant", "refresh token").doesNotContain(token)
                .doesNotContain("IwEBIwrongtokenvalue");
    }

    @Test
    void anUnreachableLoginWithAmazonIsSaidSo() {
        SpApiConnectionResult result = checkAgainst("http://127.0.0.1:1/auth/o2/token")
                .check(settings(SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN));

        assertThat(result.success()).isFalse();
        assertThat(result.error()).startsWith("Login with Amazon (127.0.0.1) cannot be reached from this server");
    }

    private static SpApiConnectionCheck checkAgainst(String tokenUrl) {
        AdsClientProperties properties = new AdsClientProperties(null, null, null,
                new AdsClientProperties.Retry(1, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        JsonMapper json = JsonMapper.builder().build();
        SpApiEndpoints endpoints = new SpApiEndpoints(new SpApiProperties(null, tokenUrl, null));
        return new SpApiConnectionCheck(new SpApiClient(endpoints, json,
                new AmazonHttp(properties, json, Clock.systemUTC(), AmazonRequestCounter.NONE)), endpoints);
    }

    private static AmazonSpApiSettings settings(String clientSecret, String refreshToken) {
        return new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID, clientSecret, refreshToken, "ATVPDKIKX0DER");
    }
}
