package io.adsync.web.organizations;

import static io.adsync.web.organizations.UsersApiTest.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.UnsupportedEncodingException;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import io.adsync.testapp.TestUsers;
import io.adsync.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/orgs} through MockMvc with HTTP Basic, on the shared application and its real database. */
@AdsSyncAppTest
class OrganizationsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
    }

    @Test
    void anAdminCreatesAnOrganizationAndItIsListed() throws UnsupportedEncodingException {
        String name = TestUsers.uniqueName("Acme Ltd");

        MvcTestResult created = create(admin(), "  " + name + "  ");

        assertThat(created).hasStatusOk();
        assertThat(created).bodyJson().extractingPath("$.success").isEqualTo(true);
        long id = JSON.readTree(created.getResponse().getContentAsString()).get("id").asLong();
        assertThat(jdbc.sql("select name from organizations where id = ?").param(id).query(String.class).single())
                .as("stored without the spaces around it").isEqualTo(name);
        MvcTestResult list = mvc.get().uri("/api/orgs").with(admin()).exchange();
        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$[?(@.id == " + id + ")].name").asArray().containsExactly(name);
        assertThat(list).bodyJson().extractingPath("$[0].id").isEqualTo(1);
    }

    @Test
    void aBlankNameIsRefused() {
        assertRefused(create(admin(), "   "), "The organization needs a name");
        assertRefused(mvc.post().uri("/api/orgs").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(admin()).exchange(), "The organization needs a name");
    }

    @Test
    void aNameAnotherOrganizationHasIsRefusedWhateverItsCapitals() {
        String name = TestUsers.uniqueName("Globex");
        assertThat(create(admin(), name)).hasStatusOk();

        assertRefused(create(admin(), name.toUpperCase()), "There is already an organization named");
        assertThat(jdbc.sql("select count(*) from organizations where lower(name) = lower(?)").param(name)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOverlongNameIsRefused() {
        assertRefused(create(admin(), "x".repeat(101)), "at most 100 characters");
    }

    @Test
    void aViewerCannotListOrCreateOrganizations() {
        RequestPostProcessor viewer = httpBasic(TestUsers.viewer(users, TestOrgs.create(jdbc)), TestUsers.PASSWORD);
        String name = TestUsers.uniqueName("Initech");

        assertForbidden(mvc.get().uri("/api/orgs").with(viewer).exchange());
        assertForbidden(create(viewer, name));
        assertThat(jdbc.sql("select count(*) from organizations where name = ?").param(name).query(Long.class)
                .single()).isZero();
    }

    private MvcTestResult create(RequestPostProcessor as, String name) {
        return mvc.post().uri("/api/orgs").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(new OrganizationsApiController.OrganizationBody(name)))
                .with(as).exchange();
    }

    private static RequestPostProcessor admin() {
        return httpBasic(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
    }

    private static void assertRefused(MvcTestResult result, String error) {
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.success").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains(error);
    }
}
