package io.adsync.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.adsync.ads.AdsRegion;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Jobs page's controllers through MockMvc, on the shared application context (real database,
 * the built-in sandbox): the answer to each action holds the run it concerns, says what happened in
 * plain words and sends the event the rest of the page refreshes on.
 */
@AdsSyncAppTest
class JobsPageMvcTest {

    private static final Pattern STARTED = Pattern.compile("(?:Collect|Backfill|Request) started as run #(\\d+)");
    private static final Duration RUN_WAIT = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @Autowired
    AdsAccounts accounts;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository jobRepository;

    MockMvcTester mvc;
    long org;

    @BeforeEach
    void orgOnTheSandbox() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        org = TestOrgs.create(jdbc);
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB, AdsRegion.SANDBOX));
    }

    @Test
    void aCollectThatEndsAtOnceIsInTheAnswerToItsClick() {
        // nothing is pending for a new org, so this collect ends within milliseconds
        MvcTestResult answer = mvc.perform(htmxPost("/jobs/collect?orgId=" + org));

        assertThat(answer).headers().hasValue("HX-Trigger", JobsPageController.JOBS_CHANGED);
        String body = body(answer);
        long run = startedRun(body);
        assertThat(body).as("the run, marked as the one just started")
                .contains("data-run-id=\"" + run + "\"", "data-acted-on=\"true\"")
                .as("the outcome goes to the message area").contains("hx-swap-oob");
    }

    @Test
    void aSecondClickWhileTheBackfillRunsStartsNothingAndStopEndsIt() {
        long first = startedRun(body(mvc.perform(htmxPost("/jobs/backfill?orgId=" + org).param("days", "3")
                .param("batch", "2"))));

        String again = body(mvc.perform(htmxPost("/jobs/backfill?orgId=" + org).param("days", "3")
                .param("batch", "2")));

        assertThat(again).contains("Backfill is already running as run #" + first + ": nothing new was started.")
                .contains("data-run-id=\"" + first + "\"");
        assertThat(executionsOf(JobNames.BACKFILL)).isEqualTo(1);

        String stopped = body(mvc.perform(htmxPost("/jobs/" + first + "/stop?orgId=" + org)));
        assertThat(stopped).contains("Asked run #" + first + " to stop");
        // how it ends (STOPPED, or FAILED or UNKNOWN when the stop lands in the backfill's pause) is the job's matter
        assertThat(runner.await(jobRepository.getJobExecution(first), RUN_WAIT).isRunning()).isFalse();
        assertThat(body(mvc.perform(htmxPost("/jobs/" + first + "/stop?orgId=" + org)))).contains("flash-error")
                .containsPattern("Run #" + first + " is not running \\(it is [A-Z]+\\), so there is nothing to stop.");
    }

    @Test
    void twoClicksAtTheSameMomentStartOneBackfill() {
        // both requests wait at the gate, so they reach the controller together rather than one after the other
        CyclicBarrier gate = new CyclicBarrier(2);
        List<CompletableFuture<String>> clicks = Stream.generate(() -> CompletableFuture.supplyAsync(() -> {
            awaitQuietly(gate);
            return body(mvc.perform(htmxPost("/jobs/backfill?orgId=" + org).param("days", "3").param("batch", "2")));
        })).limit(2).toList();

        List<String> answers = clicks.stream().map(CompletableFuture::join).toList();

        assertThat(executionsOf(JobNames.BACKFILL)).isEqualTo(1);
        long run = startedRun(String.join("", answers));
        assertThat(answers).allSatisfy(answer -> assertThat(answer).contains("data-run-id=\"" + run + "\""));
        body(mvc.perform(htmxPost("/jobs/" + run + "/stop?orgId=" + org)));
        runner.await(jobRepository.getJobExecution(run), RUN_WAIT);
    }

    @Test
    void anExecutionIdThatIsNoNumberIsSaidInTheMessageArea() {
        MvcTestResult answer = mvc.perform(htmxPost("/jobs/abc/stop?orgId=" + org));

        assertThat(answer).headers().hasValue("HX-Retarget", "#flash");
        assertThat(body(answer)).contains("flash-error", "The value &#39;abc&#39; of executionId is not valid");
    }

    @Test
    void anotherOrganizationsRunIsNeitherListedNorRestartedNorStopped() {
        long run = startedRun(body(mvc.perform(htmxPost("/jobs/collect?orgId=" + org))));
        runner.await(jobRepository.getJobExecution(run), RUN_WAIT);
        long other = TestOrgs.create(jdbc);

        assertThat(body(mvc.perform(page("/jobs?orgId=" + other)))).doesNotContain("data-run-id=\"" + run + "\"");
        for (String action : new String[] {"restart", "stop"}) {
            String refused = body(mvc.perform(htmxPost("/jobs/" + run + "/" + action + "?orgId=" + other)));
            assertThat(refused).contains("flash-error", "Run #" + run + " belongs to another organization");
        }
        assertThat(body(mvc.perform(htmxPost("/jobs/" + run + "/restart?orgId=" + org))))
                .as("its own org may ask, and is told why not")
                .contains("flash-error", "Run #" + run + " cannot be restarted: it is COMPLETED.");
    }

    @Test
    void theListSaysStepsAndParametersInWordsAndTimesInTheProfilesZone() {
        long run = startedRun(body(mvc.perform(htmxPost("/jobs/backfill?orgId=" + org).param("days", "2")
                .param("batch", "3"))));
        runner.await(jobRepository.getJobExecution(run), RUN_WAIT);

        String live = body(mvc.perform(htmx(ofTheOrg("/jobs/live"))));

        assertThat(live).contains("data-step=\"planBackfillStep\"", ">Plan backfill</td>", ">Poll Amazon</td>")
                .as("what the run covers, then when it was asked")
                .containsPattern("(?s)data-parameter=\"Days\".*data-parameter=\"Reports in flight\".*data-parameter=\"Asked at\"")
                .doesNotContain(">planBackfillStep<", "batch=")
                .as("the reports and the sync log come with it").containsPattern("id=\"activity\"[^>]*hx-swap-oob=\"true\"");
        String zone = new ConsoleFormat().zone(accounts.displayZone(org));
        assertThat(live).as("the run's start in the profile's zone, not the server's")
                .containsPattern("<td class=\"time\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} " + zone + "</td>");
    }

    @Test
    void theReportsAndTheSyncLogReloadOnTheEventOfTheActions() {
        String page = body(mvc.perform(page("/jobs?orgId=" + org)));

        assertThat(page).containsPattern("id=\"activity\"[^>]*hx-trigger=\"" + JobsPageController.JOBS_CHANGED
                        + " from:body\"|hx-trigger=\"" + JobsPageController.JOBS_CHANGED + " from:body\"[^>]*id=\"activity\"")
                .contains("<h2>Reports</h2>")
                .as("hx:post writes the CSRF header into the buttons")
                .containsPattern("hx-post=\"/jobs/collect\\?orgId=" + org + "\"[^>]*hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;");
        assertThat(mvc.perform(ofTheOrg("/jobs/activity")).getResponse().getStatus())
                .as("a fragment, for htmx only").isEqualTo(404);
    }

    @Test
    void aRequestWithoutCredentialsIsAnApiErrorOnTheCronRoute() {
        long bare = TestOrgs.create(jdbc);

        MvcTestResult answer = mvc.perform(get("/api/cron/amazon-ads-request?orgId=" + bare)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + AdsSyncAppTest.CRON_SECRET));

        assertThat(answer).hasStatus(400).bodyJson().isLenientlyEqualTo("{\"success\":false,\"error\":\"Organization "
                + bare + " has no Amazon Ads credentials: save them under Settings > Amazon Ads API.\"}");
    }

    private static void awaitQuietly(CyclicBarrier gate) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other click never came", e);
        }
    }

    private long executionsOf(String jobName) {
        return jdbc.sql("""
                        select count(*) from batch_job_execution e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                        where i.job_name = ? and p.parameter_name = 'orgId' and p.parameter_value = ?""")
                .params(jobName, Long.toString(org)).query(Long.class).single();
    }

    private static long startedRun(String body) {
        Matcher matcher = STARTED.matcher(body);
        assertThat(matcher.find()).as("a run started in %s", body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder ofTheOrg(String path) {
        return get(path)
                .param("orgId", Long.toString(org)).with(user(AdsSyncAppTest.ADMIN_USERNAME));
    }

    private static MockHttpServletRequestBuilder page(String path) {
        return get(path)
                .with(user(AdsSyncAppTest.ADMIN_USERNAME));
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    private static MockHttpServletRequestBuilder htmxPost(String path) {
        return post(path)
                .header("HX-Request", "true").with(user(AdsSyncAppTest.ADMIN_USERNAME)).with(csrf());
    }
}
