package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cron and backfill routes open only to {@code Authorization: Bearer <CRON_SECRET>}. The right
 * token is shown to get past security with an unknown org, which the route itself refuses with 400
 * before running anything.
 */
@AdsSyncAppTest
class CronRouteAuthenticationTest {

    private static final String UNKNOWN_ORG = "?orgId=987654";

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cron/amazon-ads-request", "/api/cron/amazon-ads-collect", "/api/backfill/amazon-ads"})
    void refusedWithoutAToken(String route) {
        Response response = http.get(route + UNKNOWN_ORG);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).contains("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cron/amazon-ads-request", "/api/cron/amazon-ads-collect", "/api/backfill/amazon-ads"})
    void refusedWithAWrongToken(String route) {
        Response response = http.get(route + UNKNOWN_ORG, "Authorization", "Bearer not-the-secret");

        assertThat(response.status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cron/amazon-ads-request", "/api/cron/amazon-ads-collect", "/api/backfill/amazon-ads"})
    void admittedWithTheToken(String route) {
        Response response = http.get(route + UNKNOWN_ORG, "Authorization", "Bearer " + AdsSyncAppTest.CRON_SECRET);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("organization 987654 does not exist");
    }

    @Test
    void theAdminLoginDoesNotOpenThem() {
        Response basic = http.get("/api/cron/amazon-ads-collect" + UNKNOWN_ORG, "Authorization", TestHttp.admin());
        http.logIn(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
        Response session = http.get("/api/cron/amazon-ads-collect" + UNKNOWN_ORG);

        assertThat(basic.status()).isEqualTo(401);
        assertThat(session.status()).isEqualTo(401);
    }
}
