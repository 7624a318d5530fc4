package io.adsync.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.adsync.jobs.JobNames;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Jobs page's profile filter through MockMvc, on runs and reports stored as the jobs store them: a
 * backfill per profile (its {@code profileId} parameter), a collect of the whole org, a report per profile.
 */
@AdsSyncAppTest
class JobsProfileFilterMvcTest {

    static final long UK = 1_100_001L;
    static final long US = 1_100_002L;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRepository jobRepository;

    MockMvcTester mvc;
    long org;
    long ukBackfill;
    long usBackfill;
    long collect;

    @BeforeEach
    void runsOfTwoProfiles() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        org = TestOrgs.create(jdbc);
        TestOrgs.addProfile(jdbc, org, UK, ZoneId.of("Europe/London"), "GB", "GBP");
        TestOrgs.addProfile(jdbc, org, US, ZoneId.of("America/New_York"), "US", "USD");
        ukBackfill = completedRun(JobNames.BACKFILL, UK);
        usBackfill = completedRun(JobNames.BACKFILL, US);
        collect = completedRun(JobNames.COLLECT, null);
        report(UK, "uk-report-" + org);
        report(US, "us-report-" + org);
    }

    @Test
    void allProfilesListEveryRunAndReportWithItsProfile() {
        String page = body(mvc.perform(get("/jobs").param("orgId", Long.toString(org)).with(admin())));

        assertThat(page).contains(run(ukBackfill), run(usBackfill), run(collect))
                .contains("data-report-id=\"uk-report-" + org + "\"", "data-report-id=\"us-report-" + org + "\"")
                .as("runs and reports name their profile")
                .contains("Test shop GB (" + UK + ")", "Test shop US (" + US + ")")
                .contains("data-parameter=\"Profile\"");
    }

    @Test
    void oneProfileListsItsRunsTheOrgsCollectsAndItsReportsAndPollsWithTheFilter() {
        String page = body(mvc.perform(get("/jobs").param("orgId", Long.toString(org))
                .param("profileId", Long.toString(US)).with(admin())));

        assertThat(page).contains(run(usBackfill), run(collect)).doesNotContain(run(ukBackfill))
                .contains("data-report-id=\"us-report-" + org + "\"")
                .doesNotContain("data-report-id=\"uk-report-" + org + "\"")
                .as("the reports' refresh keeps the filter")
                .contains("hx-get=\"/jobs/activity?orgId=" + org + "&amp;profileId=" + US + "\"");
    }

    @Test
    void theActivityRefreshFiltersToo() {
        String activity = body(mvc.perform(get("/jobs/activity").param("orgId", Long.toString(org))
                .param("profileId", Long.toString(UK)).header("HX-Request", "true").with(admin())));

        assertThat(activity).contains("data-report-id=\"uk-report-" + org + "\"")
                .doesNotContain("data-report-id=\"us-report-" + org + "\"");
    }

    /** @param profileId null for a run of the whole org */
    private long completedRun(String jobName, Long profileId) {
        JobParametersBuilder parameters = new JobParametersBuilder().addLong(JobNames.ORG_ID, org)
                .addString(JobNames.RUN, "test-" + jobName + "-" + profileId + "-" + System.nanoTime());
        if (profileId != null) {
            parameters.addLong(JobNames.PROFILE_ID, profileId);
        }
        JobParameters built = parameters.toJobParameters();
        JobExecution execution = jobRepository.createJobExecution(jobRepository.createJobInstance(jobName, built),
                built, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setEndTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setExitStatus(ExitStatus.COMPLETED);
        jobRepository.update(execution);
        return execution.getId();
    }

    private void report(long profileId, String reportId) {
        jdbc.sql("""
                        insert into amazon_ads_pending_reports (org_id, profile_id, report_id, start_date, end_date)
                        values (?, ?, ?, ?, ?)""")
                .params(org, profileId, reportId, LocalDate.now().minusDays(1), LocalDate.now().minusDays(1))
                .update();
    }

    private static String run(long executionId) {
        return "data-run-id=\"" + executionId + "\"";
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(AdsSyncAppTest.ADMIN_USERNAME);
    }

    private static String body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
