package io.adsync.sandbox;

import static io.adsync.sandbox.SandboxClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthenticationTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-10T12:00:00Z"));
    private final AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults().withClock(clock));
    private final SandboxClient client = new SandboxClient(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void refreshTokenGrantIssuesAnHourLongBearerToken() {
        HttpResponse<String> response = client.token(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode token = json(response);
        assertThat(token.path("access_token").stringValue()).startsWith("Atza|");
        assertThat(token.path("refresh_token").stringValue()).isEqualTo(SandboxAccounts.REFRESH_TOKEN);
        assertThat(token.path("token_type").stringValue()).isEqualTo("bearer");
        assertThat(token.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(sandbox.stats().tokenCalls()).isEqualTo(1);
    }

    @Test
    void unknownClientIsInvalidClient() {
        HttpResponse<String> response = client.token(SandboxAccounts.CLIENT_ID, "wrong-secret",
                SandboxAccounts.REFRESH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("error").stringValue()).isEqualTo("invalid_client");
        assertThat(json(response).path("error_description").stringValue()).isEqualTo("Client authentication failed");
    }

    @Test
    void unknownRefreshTokenIsInvalidGrant() {
        HttpResponse<String> response = client.token(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                "Atzr|revoked");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").stringValue()).isEqualTo("invalid_grant");
        assertThat(json(response).path("error_description").stringValue())
                .isEqualTo("The request has an invalid grant parameter : refresh_token");
    }

    @Test
    void apiCallsNeedAnIssuedToken() {
        HttpResponse<String> anonymous = client.profiles();

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).path("code").stringValue()).isEqualTo("UNAUTHORIZED");

        client.signIn();
        assertThat(client.profiles().statusCode()).isEqualTo(200);
    }

    @Test
    void tokenExpiresAfterAnHour() {
        client.signIn();
        clock.advance(Duration.ofMinutes(61));

        assertThat(client.profiles().statusCode()).isEqualTo(401);
    }

    @Test
    void reportCallsNeedTheScopeOfAKnownProfile() {
        client.signIn();
        LocalDate yesterday = LocalDate.of(2026, 3, 9);

        HttpResponse<String> unknownProfile = client.createReport(123456789012345L, yesterday, yesterday);

        assertThat(unknownProfile.statusCode()).isEqualTo(401);
        assertThat(json(unknownProfile).path("details").stringValue()).contains("123456789012345");
        assertThat(sandbox.stats().reportsCreated(123456789012345L)).isZero();
    }

    @Test
    void profilesDescribeCountryCurrencyAndTimeZone() {
        client.signIn();

        HttpResponse<String> response = client.profiles();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode profiles = json(response);
        assertThat(profiles.values()).as("an agency's shape: four marketplaces in three regions, and a DSP profile")
                .hasSize(5);
        JsonNode gb = profiles.path(0);
        assertThat(gb.path("profileId").asLong()).isEqualTo(SandboxAccounts.PROFILE_GB);
        assertThat(gb.path("profileId").isIntegralNumber()).isTrue();
        assertThat(gb.path("countryCode").stringValue()).isEqualTo("GB");
        assertThat(gb.path("currencyCode").stringValue()).isEqualTo("GBP");
        assertThat(gb.path("timezone").stringValue()).isEqualTo("Europe/London");
        assertThat(gb.path("accountInfo").path("marketplaceStringId").stringValue()).isEqualTo("A1F83G8C2ARO7P");
        JsonNode us = profiles.path(1);
        assertThat(us.path("profileId").asLong()).isEqualTo(SandboxAccounts.PROFILE_US);
        assertThat(us.path("timezone").stringValue()).isEqualTo("America/Los_Angeles");
        assertThat(profiles.values()).extracting(profile -> profile.path("currencyCode").stringValue())
                .containsExactly("GBP", "USD", "EUR", "JPY", "USD");
        assertThat(profiles.path(4).path("accountInfo").path("type").stringValue()).isEqualTo("agency");
        assertThat(sandbox.stats().profileCalls()).isEqualTo(1);
    }
}
