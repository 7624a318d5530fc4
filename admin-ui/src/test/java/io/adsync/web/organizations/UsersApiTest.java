package io.adsync.web.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.UnsupportedEncodingException;
import java.util.List;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import io.adsync.testapp.TestUsers;
import io.adsync.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/users} through MockMvc with HTTP Basic, on the shared application and its real database. */
@AdsSyncAppTest
class UsersApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    MockMvcTester mvc;
    long org;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        org = TestOrgs.create(jdbc);
    }

    @Test
    void anAdminCreatesAViewerWithItsOrganizationsAndTheListShowsNoPasswordOrHash() throws Exception {
        String name = TestUsers.uniqueName("ana");

        MvcTestResult created = create(admin(), name, TestUsers.PASSWORD, "viewer", org);

        assertThat(created).hasStatusOk();
        long id = json(created).get("id").asLong();
        assertThat(json(created).get("success").asBoolean()).isTrue();
        MvcTestResult list = mvc.get().uri("/api/users").with(admin()).exchange();
        assertThat(list).hasStatusOk();
        JsonNode listed = find(json(list), name);
        assertThat(listed.get("id").asLong()).isEqualTo(id);
        assertThat(listed.get("role").asString()).isEqualTo("viewer");
        assertThat(listed.get("orgIds").get(0).asLong()).isEqualTo(org);
        assertThat(listed.get("createdAt").asString()).isNotBlank();
        String hash = jdbc.sql("select password_hash from app_users where id = ?").param(id).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestUsers.PASSWORD);
        assertThat(body(list)).doesNotContain(hash, TestUsers.PASSWORD, "password");
    }

    @Test
    void anAdminUserIsCreatedWithoutOrganizations() throws Exception {
        MvcTestResult created = create(admin(), TestUsers.uniqueName("bo"), TestUsers.PASSWORD, "admin");

        assertThat(created).hasStatusOk();
        assertThat(jdbc.sql("select role from app_users where id = ?").param(json(created).get("id").asLong())
                .query(String.class).single()).isEqualTo("admin");
    }

    @Test
    void aDuplicateNameIsRefused() {
        String name = TestUsers.viewer(users, org);

        assertRefused(create(admin(), name.toUpperCase(), TestUsers.PASSWORD, "viewer", org),
                "There is already a user named");
    }

    @Test
    void theConfiguredAdministratorsNameIsRefused() {
        assertRefused(create(admin(), AdsSyncAppTest.ADMIN_USERNAME, TestUsers.PASSWORD, "admin"),
                "is the administrator set by ADMIN_USERNAME");
    }

    @Test
    void aPasswordUnderTwelveCharactersIsRefused() {
        assertRefused(create(admin(), TestUsers.uniqueName("cy"), "eleven-char", "viewer", org),
                "at least 12 characters");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertRefused(create(admin(), TestUsers.uniqueName("di"), TestUsers.PASSWORD, "owner", org),
                "The role must be 'admin' or 'viewer', got 'owner'");
    }

    @Test
    void anUnknownOrganizationIsRefused() {
        assertRefused(create(admin(), TestUsers.uniqueName("ed"), TestUsers.PASSWORD, "viewer", org, 987654321L),
                "Organization 987654321 does not exist");
    }

    @Test
    void aViewerWithoutOrganizationsIsRefused() {
        assertRefused(create(admin(), TestUsers.uniqueName("fa"), TestUsers.PASSWORD, "viewer"),
                "A viewer needs at least one organization");
    }

    @Test
    void aRefusedUserIsNotStored() {
        String name = TestUsers.uniqueName("gi");

        create(admin(), name, "short", "viewer", org);

        assertThat(jdbc.sql("select count(*) from app_users where username = ?").param(name).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anAdminDeletesAUserAndItCanNoLongerLogIn() {
        String name = TestUsers.viewer(users, org);
        long id = jdbc.sql("select id from app_users where username = ?").param(name).query(Long.class).single();

        assertThat(mvc.delete().uri("/api/users/" + id).with(admin()).exchange()).hasStatusOk();

        assertThat(jdbc.sql("select count(*) from app_user_orgs where user_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(mvc.get().uri("/api/reports/amazon").param("orgId", Long.toString(org))
                .with(httpBasic(name, TestUsers.PASSWORD)).exchange()).hasStatus(401);
    }

    @Test
    void deletingAnUnknownUserIsA404() {
        MvcTestResult result = mvc.delete().uri("/api/users/987654321").with(admin()).exchange();

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("User 987654321 does not exist");
    }

    @Test
    void anAdminCannotDeleteTheUserItIsLoggedInAs() {
        String name = TestUsers.admin(users);
        long id = jdbc.sql("select id from app_users where username = ?").param(name).query(Long.class).single();

        assertRefused(mvc.delete().uri("/api/users/" + id).with(httpBasic(name, TestUsers.PASSWORD)).exchange(),
                "You cannot delete the user you are logged in as");
    }

    @Test
    void aCreatedAdminManagesUsersToo() {
        String name = TestUsers.admin(users);

        assertThat(create(httpBasic(name, TestUsers.PASSWORD), TestUsers.uniqueName("hu"), TestUsers.PASSWORD,
                "viewer", org)).hasStatusOk();
    }

    @Test
    void aViewerCannotListCreateOrDeleteUsers() {
        String viewer = TestUsers.viewer(users, org);
        RequestPostProcessor asViewer = httpBasic(viewer, TestUsers.PASSWORD);

        assertForbidden(mvc.get().uri("/api/users").with(asViewer).exchange());
        assertForbidden(create(asViewer, TestUsers.uniqueName("ix"), TestUsers.PASSWORD, "admin"));
        assertForbidden(mvc.delete().uri("/api/users/1").with(asViewer).exchange());
        assertThat(jdbc.sql("select count(*) from app_users where username like 'ix-%'").query(Long.class).single())
                .isZero();
    }

    private MvcTestResult create(RequestPostProcessor as, String username, String password, String role,
                                 long... orgIds) {
        String body = JSON.writeValueAsString(new UsersApiController.UserBody(username, password, role,
                java.util.Arrays.stream(orgIds).boxed().toList()));
        return mvc.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).content(body).with(as).exchange();
    }

    private static RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.httpBasic(AdsSyncAppTest.ADMIN_USERNAME,
                AdsSyncAppTest.ADMIN_PASSWORD);
    }

    private static void assertRefused(MvcTestResult result, String error) {
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.success").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains(error);
    }

    static void assertForbidden(MvcTestResult result) {
        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.success").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.error").asString().startsWith("Only an admin may do this");
    }

    private static JsonNode find(JsonNode list, String username) {
        List<JsonNode> matching = list.valueStream().filter(user -> user.get("username").asString().equals(username))
                .toList();
        assertThat(matching).as(username + " in " + list).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode json(MvcTestResult result) throws UnsupportedEncodingException {
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private static String body(MvcTestResult result) throws UnsupportedEncodingException {
        return result.getResponse().getContentAsString();
    }
}
