package io.adsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.adsync.ads.AdsRegion;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@OperationsAppTest
class SyncHealthTest {

    static final long ORG = 1;

    @LocalServerPort
    int port;

    @Autowired
    AdsJobs jobs;

    @Autowired
    JobRunner runner;

    @Autowired
    SettingsStore settings;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void probesAnswerWithoutLoginAndWithoutDetails() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Response response = http.get(probe);

            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asString()).as(probe).isEqualTo("UP");
            assertThat(response.body()).as(probe).doesNotContain("components", "sync");
        }
    }

    @Test
    void fullHealthNeedsTheAdminLogin() {
        Response anonymous = http.get("/actuator/health");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("sync");
        assertThat(http.get("/actuator/health", "Authorization", TestHttp.basic("admin", "wrong")).status())
                .isEqualTo(401);
        assertThat(health().path("components").has("db")).isTrue();
    }

    @Test
    void followsTheSyncFromLateToFailedToRecovered() {
        // whatever another test of this context loaded: yesterday is not loaded
        jdbc.sql("delete from report_coverage where org_id = ?").param(ORG).update();
        JsonNode late = syncHealth();
        assertThat(late.path("status").asString()).as("nothing loaded yet, past fresh-by").isEqualTo("OUT_OF_SERVICE");
        assertThat(orgDetail(late)).startsWith("OUT_OF_SERVICE").contains("profile " + SandboxAccounts.PROFILE_GB);

        saveRefreshToken("Atzr|revoked");
        // the profile's zone is known: the run starts, and Amazon refuses its first report request
        assertThat(jobs.requestDaily(ORG)).allSatisfy(run ->
                assertThat(runner.await(run, Duration.ofSeconds(30)).getStatus()).isEqualTo(BatchStatus.FAILED));
        JsonNode failed = syncHealth();
        assertThat(failed.path("status").asString()).isEqualTo("DOWN");
        assertThat(orgDetail(failed)).startsWith("DOWN: the last amazonAdsRequestJob run failed")
                .contains("refresh token").doesNotContain("Atzr|revoked");

        saveRefreshToken(SandboxAccounts.REFRESH_TOKEN);
        jobs.manualSync(ORG, null);
        JsonNode recovered = syncHealth();
        assertThat(recovered.path("status").asString()).as(orgDetail(recovered)).isEqualTo("UP");
        assertThat(jdbc.sql("select count(*) from report_coverage where org_id = ?").param(ORG).query(Long.class)
                .single()).as("the refresh window loaded, yesterday with it").isEqualTo(60);
    }

    private void saveRefreshToken(String refreshToken) {
        settings.saveAmazonAds(ORG, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                refreshToken, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));
    }

    private JsonNode health() {
        return http.get("/actuator/health", "Authorization", TestHttp.admin()).json();
    }

    private JsonNode syncHealth() {
        return health().path("components").path("sync");
    }

    private static String orgDetail(JsonNode sync) {
        return sync.path("details").path("organizations").path("org " + ORG).asString();
    }
}
