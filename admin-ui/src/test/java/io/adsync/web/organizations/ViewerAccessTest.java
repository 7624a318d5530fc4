package io.adsync.web.organizations;

import static io.adsync.web.organizations.UsersApiTest.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import io.adsync.testapp.TestUsers;
import io.adsync.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a viewer may do, through MockMvc on the shared application: read the reports, coverage and
 * jobs of its organizations, and nothing else. The API is called with HTTP Basic, the console with a
 * logged-in session (and its CSRF token, so that a refusal is about the role, not the token).
 */
@AdsSyncAppTest
@ExtendWith(OutputCaptureExtension.class)
class ViewerAccessTest {

    /** Where the security configuration forwards a console request only an admin may make. */
    private static final String ACCESS_DENIED_PAGE = "/access-denied";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    MockMvcTester mvc;
    long own;
    long secondOwn;
    long other;
    String viewer;

    @BeforeEach
    void aViewerOfTwoOrganizations() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        own = TestOrgs.create(jdbc);
        secondOwn = TestOrgs.create(jdbc);
        other = TestOrgs.create(jdbc);
        viewer = TestUsers.viewer(users, own, secondOwn);
    }

    @Test
    void aViewerReadsTheReportsOfItsOwnOrganization() {
        MvcTestResult result = mvc.get().uri("/api/reports/amazon").param("orgId", Long.toString(own))
                .with(basic()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.days").isNotNull();
    }

    @Test
    void aViewerCannotSeeAnotherOrganizationsReports(CapturedOutput log) {
        MvcTestResult result = mvc.get().uri("/api/reports/amazon").param("orgId", Long.toString(other))
                .with(basic()).exchange();

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.success").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.error").asString()
                .contains("no access to organization " + other);
        assertThat(log.getOut()).contains("Refused GET /api/reports/amazon to user '" + viewer + "' (orgId " + other
                + "): organization " + other + " is not granted");
    }

    @Test
    void aViewerCannotSeeAnotherOrganizationsPagesInTheConsole(CapturedOutput log) {
        for (String page : new String[] {"/reports", "/coverage", "/jobs"}) {
            MvcTestResult result = mvc.get().uri(page).param("orgId", Long.toString(other)).with(session()).exchange();

            assertThat(result).as(page).hasStatus(403);
            assertThat(html(result)).as(page).contains("That was refused", "no access to organization " + other);
        }
        assertThat(log.getOut()).contains("Refused GET /jobs to user '" + viewer + "' (orgId " + other + ")");
    }

    @Test
    void aViewerReadsTheConsolePagesOfItsOrganizations() {
        for (String page : new String[] {"/reports", "/coverage", "/jobs"}) {
            assertThat(mvc.get().uri(page).param("orgId", Long.toString(secondOwn)).with(session()).exchange())
                    .as(page).hasStatusOk();
        }
    }

    @Test
    void theOrgSwitcherShowsAViewerOnlyItsGrantedOrganizations() {
        String page = html(mvc.get().uri("/reports").param("orgId", Long.toString(own)).with(session()).exchange());

        assertThat(page).contains("<option value=\"" + own + "\" selected=\"selected\"",
                "<option value=\"" + secondOwn + "\"");
        assertThat(page).doesNotContain("<option value=\"" + other + "\"", "<option value=\"1\"");
    }

    @Test
    void withoutAnOrgIdAViewerSeesItsFirstOrganization() {
        String page = html(mvc.get().uri("/reports").with(session()).exchange());

        assertThat(page).contains("<option value=\"" + own + "\" selected=\"selected\"");
    }

    @Test
    void aViewerCannotReadOrChangeSettings(CapturedOutput log) {
        assertForbidden(mvc.get().uri("/api/settings").param("orgId", Long.toString(own)).with(basic()).exchange());
        assertForbidden(mvc.post().uri("/api/settings").param("orgId", Long.toString(own))
                .contentType(MediaType.APPLICATION_JSON).content("{}").with(basic()).exchange());

        MvcTestResult page = mvc.get().uri("/settings").param("orgId", Long.toString(own)).with(session()).exchange();

        assertThat(page).hasStatus(403);
        assertThat(page).as("the page saying why (MockMvc does not follow forwards; UserLoginHttpTest reads it)")
                .hasForwardedUrl(ACCESS_DENIED_PAGE);
        assertThat(log.getOut()).contains("Refused GET /settings to user '" + viewer + "' (orgId " + own
                + "): only an admin may do this");
    }

    @Test
    void aViewerCannotOpenTheAdminPages() {
        for (String page : new String[] {"/organizations", "/alerts"}) {
            assertThat(mvc.get().uri(page).param("orgId", Long.toString(own)).with(session()).exchange())
                    .as(page).hasStatus(403);
        }
        assertForbidden(mvc.get().uri("/api/orgs").with(basic()).exchange());
    }

    @Test
    void theNavigationShowsAViewerNoAdminPages() {
        String page = html(mvc.get().uri("/jobs").param("orgId", Long.toString(own)).with(session()).exchange());

        assertThat(page).contains("href=\"/reports?orgId=" + own + "\"");
        assertThat(page).doesNotContain("href=\"/settings", "href=\"/organizations", "href=\"/alerts");
    }

    @Test
    void aViewerIsShownNoButtonThatChangesAnything() {
        String orgId = Long.toString(own);
        String jobs = html(mvc.get().uri("/jobs").param("orgId", orgId).with(session()).exchange());
        String reports = html(mvc.get().uri("/reports").param("orgId", orgId).with(session()).exchange());
        String adminsJobs = html(mvc.get().uri("/jobs").param("orgId", orgId)
                .with(user(AdsSyncAppTest.ADMIN_USERNAME)).exchange());

        assertThat(jobs).contains("<h1>Jobs</h1>").doesNotContain("id=\"run-request\"", "id=\"backfill-form\"");
        assertThat(reports).doesNotContain("id=\"sync-button\"");
        assertThat(adminsJobs).contains("id=\"run-request\"", "id=\"backfill-form\"");
    }

    @Test
    void aViewerCannotStartStopOrRestartAnything() {
        long runsBefore = runs();
        String orgId = Long.toString(own);

        assertForbidden(mvc.post().uri("/api/reports/sync").param("orgId", orgId).with(basic()).exchange());
        assertForbidden(mvc.post().uri("/api/profiles/discover").param("orgId", orgId).with(basic()).exchange());
        assertForbidden(mvc.post().uri("/api/profiles").param("orgId", orgId).with(basic())
                .contentType("application/json").content("{\"profileId\":1,\"enabled\":true}").exchange());
        for (String action : new String[] {"/jobs/request", "/jobs/collect", "/jobs/backfill", "/jobs/1/restart",
                "/jobs/1/stop", "/reports/sync", "/reports/backfill", "/coverage/backfill", "/alerts/test",
                "/settings/amazon-ads", "/settings/profiles/discover", "/settings/profiles/1"}) {
            MvcTestResult result = mvc.post().uri(action).param("orgId", orgId).with(session()).with(csrf()).exchange();

            assertThat(result).as(action).hasStatus(403);
            assertThat(result).as(action).hasForwardedUrl(ACCESS_DENIED_PAGE);
        }
        assertThat(runs()).as("no job was started").isEqualTo(runsBefore);
    }

    @Test
    void aDeletedViewersSessionSeesNothing() {
        String deleted = TestUsers.uniqueName("gone");

        MvcTestResult result = mvc.get().uri("/reports").with(user(deleted).roles("VIEWER")).exchange();

        assertThat(result).hasStatus(403);
        assertThat(html(result)).contains("No organization is granted to you");
    }

    @Test
    void aCreatedAdminReachesEveryOrganizationAndItsSettings() {
        RequestPostProcessor admin = httpBasic(TestUsers.admin(users), TestUsers.PASSWORD);

        assertThat(mvc.get().uri("/api/settings").param("orgId", Long.toString(other)).with(admin).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/reports/amazon").param("orgId", Long.toString(other)).with(admin).exchange())
                .hasStatusOk();
    }

    private RequestPostProcessor basic() {
        return httpBasic(viewer, TestUsers.PASSWORD);
    }

    /** A logged-in console session of the viewer, with the authority the login gives it. */
    private RequestPostProcessor session() {
        return user(viewer).roles("VIEWER");
    }

    private long runs() {
        return jdbc.sql("select count(*) from batch_job_execution").query(Long.class).single();
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
