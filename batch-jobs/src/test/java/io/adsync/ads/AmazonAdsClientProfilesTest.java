package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import io.adsync.sandbox.SandboxAccounts;

/** Profiles, and what every API call does about 401, 5xx and an unreachable Amazon. */
class AmazonAdsClientProfilesTest extends SandboxTest {

    @Test
    void listsEveryProfileTheCredentialsCanAccess() {
        assertThat(client().profiles(credentials())).containsExactlyInAnyOrder(
                new AdsProfile(SandboxAccounts.PROFILE_GB, "GB", "GBP", "Europe/London", "A1F83G8C2ARO7P",
                        "Sandbox Kitchen Ltd", "seller"),
                new AdsProfile(SandboxAccounts.PROFILE_US, "US", "USD", "America/Los_Angeles", "ATVPDKIKX0DER",
                        "Sandbox Kitchen Inc", "seller"),
                new AdsProfile(SandboxAccounts.PROFILE_DE, "DE", "EUR", "Europe/Berlin", "A1PA6795UKMFR9",
                        "Sandbox Kitchen GmbH", "seller"),
                new AdsProfile(SandboxAccounts.PROFILE_JP, "JP", "JPY", "Asia/Tokyo", "A1VC38T7YXB528",
                        "Sandbox Kitchen KK", "vendor"),
                new AdsProfile(SandboxAccounts.PROFILE_AGENCY, "US", "USD", "America/New_York", "ATVPDKIKX0DER",
                        "Sandbox Media Agency", "agency"));
    }

    @Test
    void anAnswerThatIsNotAListOfProfilesIsSaidSoInPlainWords() throws IOException {
        HttpServer notAmazon = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notAmazon.createContext("/v2/profiles", exchange -> {
            byte[] body = "{\"profiles\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        notAmazon.start();
        try {
            AmazonAdsClient client = client(properties(null, "http://127.0.0.1:" + notAmazon.getAddress().getPort(),
                    Duration.ofMillis(100)), Clock.systemUTC());

            assertThatThrownBy(() -> client.profiles(credentials())).isInstanceOf(AdsApiException.class)
                    .hasMessage("Could not list the advertising profiles in region SANDBOX: Amazon's answer is not a "
                            + "list of profiles in JSON.");
        } finally {
            notAmazon.stop(0);
        }
    }

    @Test
    void findsTheConfiguredProfileWithItsTimeZone() {
        AdsProfile profile = client().profile(credentials());

        assertThat(profile.profileId()).isEqualTo(SandboxAccounts.PROFILE_GB);
        assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aProfileTheCredentialsCannotAccessIsNamedWithTheRegionAndTheProfilesFound() {
        AdsCredentials elsewhere = new AdsCredentials(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, 123L, AdsRegion.SANDBOX);

        assertThatThrownBy(() -> client().profile(elsewhere))
                .isInstanceOf(ProfileNotFoundException.class)
                .hasMessage("Profile 123 was not found among the profiles these credentials can access in region "
                        + "SANDBOX (found: " + SandboxAccounts.PROFILE_GB + " GB, " + SandboxAccounts.PROFILE_US
                        + " US, " + SandboxAccounts.PROFILE_DE + " DE, " + SandboxAccounts.PROFILE_JP + " JP, "
                        + SandboxAccounts.PROFILE_AGENCY + " US).");
    }

    @Test
    void anAccessTokenRefusedMidRunIsReplacedOnceAndTheCallRepeated() {
        AmazonAdsClient client = client();
        String before = client.accessToken(credentials()).value();
        sandbox.faults().unauthorizedNext(1);

        assertThat(client.profiles(credentials())).hasSize(SandboxAccounts.profiles().size());

        assertThat(sandbox.stats().tokenCalls()).isEqualTo(2);
        assertThat(sandbox.stats().profileCalls()).isEqualTo(2);
        assertThat(client.accessToken(credentials()).value()).isNotEqualTo(before);
    }

    @Test
    void aFreshAccessTokenRefusedAgainIsAnAuthenticationFailure() {
        AmazonAdsClient client = client();
        sandbox.faults().unauthorizedNext(2);

        assertThatThrownBy(() -> client.profiles(credentials()))
                .isInstanceOf(AdsAuthenticationException.class)
                .hasMessageContaining("Amazon refused a freshly issued access token too (401: Not authorized to "
                        + "access this advertiser")
                .message().doesNotContain("Atza|");
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(2);
        assertThat(sandbox.stats().profileCalls()).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedUntilAmazonAnswers() {
        sandbox.faults().serverErrors(MAX_ATTEMPTS - 1);

        assertThat(client().profiles(credentials())).hasSize(SandboxAccounts.profiles().size());
        assertThat(sandbox.stats().profileCalls()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void serverErrorsOnEveryAttemptMakeAmazonUnavailable() {
        sandbox.faults().serverErrors(MAX_ATTEMPTS + 3);

        assertThatThrownBy(() -> client().profiles(credentials()))
                .isInstanceOf(AdsUnavailableException.class)
                .hasMessage("Could not list the advertising profiles in region SANDBOX: Amazon answered HTTP 503 "
                        + "(a server error on Amazon's side) to all " + MAX_ATTEMPTS + " attempts.");
        assertThat(sandbox.stats().profileCalls()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void anUnreachableApiIsRetriedThenUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AmazonAdsClient client = client(
                properties(sandbox.tokenUrl(), "http://127.0.0.1:" + closedPort, Duration.ofMillis(50)),
                Clock.systemUTC());

        assertThatThrownBy(() -> client.profiles(credentials()))
                .isInstanceOf(AdsUnavailableException.class)
                .hasMessageStartingWith("Could not list the advertising profiles in region SANDBOX: could not "
                        + "reach Amazon (ConnectException")
                .hasMessageEndingWith(MAX_ATTEMPTS + " attempts.");
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);
    }
}
