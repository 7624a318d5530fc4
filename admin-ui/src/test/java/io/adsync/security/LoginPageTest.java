package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AdsSyncAppTest
class LoginPageTest {

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void showsAFormWithItsCsrfToken() {
        Response page = http.get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form action=\"/login\" method=\"post\"", "name=\"username\"",
                "name=\"password\"", "name=\"_csrf\"");
        assertThat(TestHttp.csrfToken(page)).isNotBlank();
    }

    @Test
    void theFaviconIsLinkedAndServedBeforeLogin() {
        assertThat(http.get("/login").body()).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");

        Response icon = http.get("/favicon.svg");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithAnError() {
        String token = TestHttp.csrfToken(http.get("/login"));

        Response response = http.postForm("/login", "username=admin&password=nope&_csrf=" + token);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login?error");
        assertThat(http.get("/login?error").body()).contains("Wrong user name or password.");
    }

    @Test
    void aPostWithoutTheCsrfTokenDoesNotLogIn() {
        http.get("/login");

        Response response = http.postForm("/login", "username=admin&password=" + AdsSyncAppTest.ADMIN_PASSWORD);

        assertThat(response.status()).isEqualTo(403);
        assertThat(http.get("/api/settings?orgId=1").status()).isEqualTo(401);
    }

    @Test
    void theSessionOpensTheApiAndLogoutClosesIt() {
        http.logIn(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
        assertThat(http.get("/api/settings?orgId=1").status()).isEqualTo(200);
        String token = TestHttp.csrfToken(http.get("/login"));

        Response logout = http.postForm("/logout", "_csrf=" + token);

        assertThat(logout.status()).as(logout.body()).isEqualTo(302);
        assertThat(logout.header("Location")).endsWith("/login?logout");
        assertThat(http.get("/api/settings?orgId=1").status()).isEqualTo(401);
    }
}
