package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.adsync.sandbox.ManualClock;
import io.adsync.sandbox.SandboxAccounts;

/** Login with Amazon: the refresh token exchange, its cache, and Amazon's refusals. */
class AmazonAdsClientTokenTest extends SandboxTest {

    @Test
    void exchangesTheRefreshTokenOnceAndReusesTheAccessToken() {
        AmazonAdsClient client = client();

        AccessToken first = client.accessToken(credentials());
        AccessToken second = client.accessToken(credentials());

        assertThat(second.value()).isEqualTo(first.value()).startsWith("Atza|");
        assertThat(first.expiresIn()).isEqualTo(3600);
        assertThat(first.expiresAt()).isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3601));
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);
    }

    @Test
    void replacesTheAccessTokenAMinuteBeforeItExpires() {
        ManualClock clock = new ManualClock(Instant.now());
        AmazonAdsClient client = client(properties(null, null, Duration.ofMillis(100)), clock);
        AccessToken first = client.accessToken(credentials());

        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(client.accessToken(credentials())).isEqualTo(first);
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        AccessToken renewed = client.accessToken(credentials());
        assertThat(renewed.value()).isNotEqualTo(first.value());
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(2);
    }

    @Test
    void threadsAskingAtOnceShareOneExchange() throws Exception {
        AmazonAdsClient client = client();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AccessToken>> tokens = new ArrayList<>();
            Callable<AccessToken> ask = () -> {
                start.await();
                return client.accessToken(credentials());
            };
            for (int i = 0; i < 8; i++) {
                tokens.add(threads.submit(ask));
            }
            start.countDown();

            AccessToken first = tokens.get(0).get();
            for (Future<AccessToken> token : tokens) {
                assertThat(token.get()).isEqualTo(first);
            }
            assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRejectedRefreshTokenIsExplainedWithAmazonsReasonAndNotRetried() {
        AdsCredentials revoked = new AdsCredentials(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                "Atzr|revoked-refresh-token-1234", SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX);

        assertThatThrownBy(() -> client().accessToken(revoked))
                .isInstanceOf(AdsAuthenticationException.class)
                .hasMessageStartingWith("Amazon rejected the refresh token (invalid_grant: The request has an "
                        + "invalid grant parameter : refresh_token). Generate a new refresh token")
                .message().doesNotContain("revoked-refresh-token", SandboxAccounts.CLIENT_SECRET);
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);
    }

    @Test
    void aRejectedClientSecretIsExplainedWithAmazonsReasonAndNotRetried() {
        AdsCredentials wrongSecret = new AdsCredentials(SandboxAccounts.CLIENT_ID, "not-the-secret-5678",
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX);

        assertThatThrownBy(() -> client().accessToken(wrongSecret))
                .isInstanceOf(AdsAuthenticationException.class)
                .hasMessageStartingWith("Amazon rejected the client id or client secret (invalid_client: Client "
                        + "authentication failed).")
                .message().doesNotContain("not-the-secret", SandboxAccounts.REFRESH_TOKEN);
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);
    }

    @Test
    void anApiCallWithRejectedCredentialsNeverReachesTheApi() {
        AdsCredentials wrongClient = new AdsCredentials("amzn1.application-oa2-client.unknown",
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB,
                AdsRegion.SANDBOX);

        assertThatThrownBy(() -> client().profiles(wrongClient))
                .isInstanceOf(AdsAuthenticationException.class)
                .hasMessageContaining("invalid_client");
        assertThat(sandbox.stats().profileCalls()).isZero();
    }
}
