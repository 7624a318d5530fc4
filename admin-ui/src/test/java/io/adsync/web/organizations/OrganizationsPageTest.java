package io.adsync.web.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import io.adsync.testapp.TestUsers;
import io.adsync.users.UserDirectory;
import io.adsync.web.console.ConsoleFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Organizations &amp; users page through MockMvc as the configured admin: each htmx action answers
 * the lists again with what happened, and bad input is said above the page.
 */
@AdsSyncAppTest
class OrganizationsPageTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    @Autowired
    ConsoleFormat format;

    MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
    }

    @Test
    void thePageListsOrganizationsAndUsersButNoHash() {
        long org = TestOrgs.create(jdbc);
        String viewer = TestUsers.viewer(users, org);

        MvcTestResult page = mvc.get().uri("/organizations").with(user(AdsSyncAppTest.ADMIN_USERNAME)).exchange();

        assertThat(page).hasStatusOk();
        assertThat(html(page)).contains("<h1>Organizations &amp; users</h1>", "data-org-id=\"" + org + "\"",
                "data-username=\"" + viewer + "\"", "href=\"/organizations?orgId=1\" aria-current=\"page\"");
        assertThat(html(page)).doesNotContain("{bcrypt}", TestUsers.PASSWORD);
    }

    @Test
    void whenAUserWasCreatedIsWrittenInUtcWithItsAbbreviationAsUsersSpanOrganizationsAndTheirZones() {
        long org = TestOrgs.create(jdbc);
        String viewer = TestUsers.viewer(users, org);
        Instant created = jdbc.sql("select created_at from app_users where username = ?").param(viewer)
                .query(Instant.class).single();

        MvcTestResult page = mvc.get().uri("/organizations").with(user(AdsSyncAppTest.ADMIN_USERNAME)).exchange();

        assertThat(html(page)).contains(format.time(created, "UTC") + "</td>");
        assertThat(format.time(created, "UTC")).endsWith(" UTC");
    }

    @Test
    void anAdminCreatesAndRenamesAnOrganization() {
        String name = TestUsers.uniqueName("Umbrella");

        MvcTestResult created = mvc.perform(action("/organizations").param("name", name));

        assertThat(html(created)).contains("created.", name);
        long id = jdbc.sql("select id from organizations where name = ?").param(name).query(Long.class).single();

        MvcTestResult renamed = mvc.perform(action("/organizations/" + id + "/name").param("name", name + " plc"));

        assertThat(html(renamed)).contains("Organization #" + id + " renamed.", "value=\"" + name + " plc\"");
        assertThat(jdbc.sql("select name from organizations where id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " plc");
    }

    @Test
    void renamingToAnotherOrganizationsNameIsSaidAboveThePage() {
        long org = TestOrgs.create(jdbc);

        MvcTestResult result = mvc.perform(action("/organizations/" + org + "/name").param("name", "Default organization"));

        assertThat(result).hasStatusOk().hasHeader("HX-Retarget", "#flash");
        assertThat(html(result)).contains("There is already an organization named &#39;Default organization&#39;");
        assertThat(jdbc.sql("select name from organizations where id = ?").param(org).query(String.class).single())
                .isEqualTo("test org");
    }

    @Test
    void anAdminCreatesAViewerWithItsOrganizationsAndDeletesIt() {
        long org = TestOrgs.create(jdbc);
        String name = TestUsers.uniqueName("jo");

        MvcTestResult created = mvc.perform(action("/organizations/users").param("username", name)
                .param("password", TestUsers.PASSWORD).param("role", "viewer").param("orgIds", Long.toString(org)));

        assertThat(html(created)).contains("User " + name + " created.", "data-username=\"" + name + "\"");
        assertThat(html(created)).doesNotContain(TestUsers.PASSWORD);
        long id = jdbc.sql("select id from app_users where username = ?").param(name).query(Long.class).single();
        assertThat(jdbc.sql("select org_id from app_user_orgs where user_id = ?").param(id).query(Long.class).list())
                .containsExactly(org);

        MvcTestResult deleted = mvc.perform(action("/organizations/users/" + id + "/delete"));

        assertThat(html(deleted)).contains("User deleted.").doesNotContain("data-username=\"" + name + "\"");
        assertThat(jdbc.sql("select count(*) from app_users where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aShortPasswordIsSaidAboveThePageAndNoUserIsCreated() {
        String name = TestUsers.uniqueName("ka");

        MvcTestResult result = mvc.perform(action("/organizations/users").param("username", name)
                .param("password", "short").param("role", "viewer").param("orgIds", "1"));

        assertThat(result).hasStatusOk().hasHeader("HX-Retarget", "#flash");
        assertThat(html(result)).contains("The password must be at least 12 characters long");
        assertThat(jdbc.sql("select count(*) from app_users where username = ?").param(name).query(Long.class)
                .single()).isZero();
    }

    private static MockHttpServletRequestBuilder action(String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("HX-Request", "true").with(user(AdsSyncAppTest.ADMIN_USERNAME)).with(csrf());
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
