package io.adsync.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.adsync.ads.AdsRegion;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AdsSyncAppTest
class JobsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository jobRepository;

    ConsoleSession console;
    long org;

    @BeforeEach
    void newOrg() {
        console = new ConsoleSession(port);
        org = TestOrgs.create(jdbc);
    }

    @Test
    void aNewOrganizationSaysHowToStartItsFirstRun() {
        Response page = console.page("/jobs?orgId=" + org);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("No runs yet.", "No reports requested from Amazon in the last day.",
                "Nothing logged yet", "Run request now", "Run collect now", "Start backfill")
                .contains("data-polling=\"false\"").doesNotContain("hx-trigger=\"every 2s\"");
    }

    @Test
    void aRequestRunAppearsWithItsStepCountsAndTheListRefreshesMeanwhile() {
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));
        console.page("/jobs?orgId=" + org);

        Response launched = console.htmxPost("/jobs/request?orgId=" + org, "");
        Matcher started = Pattern.compile("Request started as run #(\\d+)").matcher(launched.body());
        assertThat(started.find()).as(launched.body()).isTrue();
        runner.await(jobRepository.getJobExecution(Long.parseLong(started.group(1))), Duration.ofSeconds(30));
        Response live = console.htmxGet("/jobs/live?orgId=" + org);

        assertThat(launched.body()).as("it looks again shortly").contains("hx-trigger=\"every 2s\"");
        assertThat(launched.header("HX-Trigger")).as("the reports and the sync log reload").isEqualTo("jobs-changed");
        assertThat(live.body()).contains("data-job=\"Request\"", "data-status=\"COMPLETED\"",
                        "data-step=\"requestReportsStep\"", ">Ask Amazon for reports</td>")
                .as("the refresh window: 60 days as two reports").containsPattern("<td class=\"num write\">2</td>")
                .as("nothing runs any more").contains("data-polling=\"false\"");
        assertThat(console.htmxGet("/jobs/activity?orgId=" + org).body()).as("the pending reports of the run")
                .contains("data-status=\"pending\"");
    }

    @Test
    void aBackfillOutsideAmazonsRetentionIsRefusedInPlainWords() {
        Response response = console.htmxPost("/jobs/backfill?orgId=" + org, "days=120&batch=5");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("hx-swap-oob", "flash-error",
                "days must be between 1 and 95 (Amazon keeps 95 days), got 120").contains("id=\"live\"");
    }

    @Test
    void aRequestWithoutCredentialsSaysWhatToDo() {
        Response response = console.htmxPost("/jobs/request?orgId=" + org, "");

        assertThat(response.body()).contains("flash-error").containsIgnoringCase("amazon ads");
        assertThat(console.htmxGet("/jobs/activity?orgId=" + org).body()).as("the refusal is in the sync log too")
                .contains("Could not start");
    }

    @Test
    void restartingAnExecutionThatDoesNotExistSaysSo() {
        Response response = console.htmxPost("/jobs/987654321/restart?orgId=" + org, "");

        assertThat(response.body()).contains("flash-error", "There is no run #987654321");
    }

    @Test
    void anActionWithoutTheCsrfTokenIsRefused() {
        Response response = console.postWithoutCsrf("/jobs/collect?orgId=" + org, "");

        assertThat(response.status()).isEqualTo(403);
    }
}
