package io.adsync.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code /api/cron/sales-traffic} and {@code /api/backfill/sales-traffic}: bearer-only, and every day answered. */
@AdsSyncAppTest
class SalesRoutesTest {

    private static final String BEARER = "Bearer " + AdsSyncAppTest.CRON_SECRET;

    @LocalServerPort
    int port;

    @Autowired
    AdsSandbox sandbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    private long org;

    @BeforeEach
    void aSellerOnTheSandbox() {
        org = TestOrgs.create(jdbc);
        settings.saveAmazonSpApi(org, new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, "A1F83G8C2ARO7P",
                AdsRegion.SANDBOX.name()));
        sandbox.refillSalesQuota();
    }

    @Test
    void theCronRouteLoadsTheRefreshWindowAndAnswersEveryDayWithItsRows() {
        Response response = new TestHttp(port).get("/api/cron/sales-traffic?orgId=" + org, "Authorization", BEARER);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("jobExecutionId").asLong()).isPositive();
        List<String> statuses = new ArrayList<>();
        long rows = 0;
        for (JsonNode day : body.get("days")) {
            statuses.add(day.get("status").asString());
            rows += day.get("rows").asLong();
            assertThat(day.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(statuses).hasSize(14).allMatch(status -> status.equals("loaded") || status.equals("no data"));
        assertThat(rows).isPositive().isEqualTo(jdbc.sql("select count(*) from amazon_sales_traffic where org_id = ?")
                .param(org).query(Long.class).single());
        BigDecimal revenue = jdbc.sql("select sum(revenue) from amazon_sales_traffic where org_id = ?").param(org)
                .query(BigDecimal.class).single();
        assertThat(revenue).isPositive();
    }

    @Test
    void theRoutesAreClosedWithoutTheBearerSecret() {
        assertThat(new TestHttp(port).get("/api/cron/sales-traffic?orgId=" + org).status()).isEqualTo(401);
        assertThat(new TestHttp(port).get("/api/backfill/sales-traffic?orgId=" + org + "&days=3").status())
                .isEqualTo(401);
    }

    @Test
    void aBackfillBeyondTwoYearsIsRefusedInPlainWords() {
        Response response = new TestHttp(port).get("/api/backfill/sales-traffic?orgId=" + org + "&days=731",
                "Authorization", BEARER);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("between 1 and 730");
    }

    @Test
    void aBackfillAnswersItsDays() {
        Response response = new TestHttp(port).get("/api/backfill/sales-traffic?orgId=" + org + "&days=3",
                "Authorization", BEARER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("days")).hasSize(3);
    }
}
