package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.testapp.TestUsers;
import io.adsync.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Created users over real HTTP, as a browser and an API client meet them: the form login and HTTP
 * Basic, a viewer's refusals with the page or JSON that says why, and the throttle after ten failed
 * logins. Each test has users of its own, since the throttle counts per user name and address.
 */
@AdsSyncAppTest
class UserLoginHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    long own;
    long other;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        own = TestOrgs.create(jdbc);
        other = TestOrgs.create(jdbc);
    }

    @Test
    void aViewerLogsInToTheConsoleReadsItsOrganizationAndIsRefusedAnother() {
        http.logIn(TestUsers.viewer(users, own), TestUsers.PASSWORD);

        assertThat(http.get("/reports?orgId=" + own).status()).isEqualTo(200);
        Response refused = http.get("/coverage?orgId=" + other);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("That was refused", "You have no access to organization " + other);
    }

    @Test
    void aViewerIsShownWhySettingsAndActionsAreRefused() {
        http.logIn(TestUsers.viewer(users, own), TestUsers.PASSWORD);
        String token = TestHttp.csrfToken(http.get("/jobs?orgId=" + own));

        Response settings = http.get("/settings?orgId=" + own);
        Response runNow = http.postForm("/jobs/request?orgId=" + own, "_csrf=" + token);
        Response htmxRunNow = http.send("POST", "/jobs/request?orgId=" + own, "", "HX-Request", "true",
                "X-CSRF-TOKEN", token);

        assertThat(settings.status()).isEqualTo(403);
        assertThat(settings.body()).contains("That was refused", "Only an admin may do this");
        assertThat(runNow.status()).isEqualTo(403);
        assertThat(runNow.body()).contains("Only an admin may do this");
        assertThat(htmxRunNow.status()).as("htmx swaps only a 200").isEqualTo(200);
        assertThat(htmxRunNow.header("HX-Retarget")).isEqualTo("#flash");
        assertThat(htmxRunNow.body()).contains("Only an admin may do this");
    }

    @Test
    void aViewerSendsHttpBasicToTheApiAndGetsJson403ForAnotherOrganization() {
        String basic = TestHttp.basic(TestUsers.viewer(users, own), TestUsers.PASSWORD);

        Response mine = http.get("/api/reports/amazon?orgId=" + own, "Authorization", basic);
        Response theirs = http.get("/api/reports/amazon?orgId=" + other, "Authorization", basic);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.header("Content-Type")).startsWith("application/json");
        assertThat(theirs.json().get("success").asBoolean()).isFalse();
        assertThat(theirs.json().get("error").asString()).contains("no access to organization " + other);
    }

    @Test
    void afterTenFailuresHttpBasicAnswers429EvenToTheRightPasswordAndOthersStillGetIn() {
        String viewer = TestUsers.viewer(users, own);
        String path = "/api/reports/amazon?orgId=" + own;
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(http.get(path, "Authorization", TestHttp.basic(viewer, "wrong-password-" + i)).status())
                    .as("failure " + i).isEqualTo(401);
        }

        Response throttled = http.get(path, "Authorization", TestHttp.basic(viewer, TestUsers.PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("success").asBoolean()).isFalse();
        assertThat(throttled.json().get("error").asString()).isEqualTo("Too many failed attempts, try again later");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(http.get(path, "Authorization", TestHttp.basic(TestUsers.viewer(users, own), TestUsers.PASSWORD))
                .status()).as("another user from the same address").isEqualTo(200);
        assertThat(http.get(path, "Authorization", TestHttp.admin()).status()).as("the admin").isEqualTo(200);
        assertThat(http.get(path, "Authorization", TestHttp.basic(viewer, TestUsers.PASSWORD)).status())
                .as("another user's success resets nothing").isEqualTo(429);
    }

    @Test
    void afterTenFailuresTheLoginFormSaysTryAgainLater() {
        String viewer = TestUsers.viewer(users, own);
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(submitLogin(viewer, "wrong-password-" + i).header("Location")).as("failure " + i)
                    .endsWith("/login?error");
        }

        Response throttled = submitLogin(viewer, TestUsers.PASSWORD);

        assertThat(throttled.status()).isEqualTo(302);
        assertThat(throttled.header("Location")).endsWith("/login?throttled");
        assertThat(http.get("/login?throttled").body()).contains("Too many failed attempts, try again later.");
        assertThat(http.get("/reports?orgId=" + own).status()).as("not logged in").isEqualTo(302);
    }

    private Response submitLogin(String username, String password) {
        String token = TestHttp.csrfToken(http.get("/login"));
        return http.postForm("/login", "username=" + username + "&password=" + password + "&_csrf=" + token);
    }
}
