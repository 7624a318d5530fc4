package io.adsync.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AdsSyncAppTest
class ConsoleShellTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/reports", "/jobs", "/settings", "/coverage", "/jobs/live", "/reports/export.csv"})
    void everyPageIsBehindTheLogin(String path) {
        Response response = new TestHttp(port).get(path, "Accept", "text/html");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void anHtmxRequestOfAnExpiredSessionReloadsThePageInsteadOfSwappingInTheLogin() {
        Response response = new TestHttp(port).get("/jobs/live?orgId=1", "HX-Request", "true");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("HX-Refresh")).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reports", "/jobs", "/settings", "/coverage"})
    void everyPageHasTheNavigationAndTheCsrfTokenForHtmx(String path) {
        Response page = new ConsoleSession(port).page(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/reports?orgId=1\"", "href=\"/coverage?orgId=1\"",
                "href=\"/jobs?orgId=1\"", "href=\"/settings?orgId=1\"", "aria-current=\"page\"",
                "<body hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;", "id=\"flash\"").as("webjar URLs carry the version, so browsers cache them safely")
                .containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"");
    }

    @Test
    void theHomePageIsTheReports() {
        ConsoleSession console = new ConsoleSession(port);

        assertThat(console.page("/").status()).isEqualTo(302);
    }

    @Test
    void anOrganizationSelectorAppearsOnceThereIsMoreThanOne() {
        long second = TestOrgs.create(jdbc);

        Response page = new ConsoleSession(port).page("/jobs?orgId=" + second);

        assertThat(page.body()).contains("id=\"org-select\"", "<option value=\"1\">",
                "<option value=\"" + second + "\" selected=\"selected\">", "href=\"/jobs?orgId=" + second + "\"");
    }

    @Test
    void anUnknownOrganizationIsAPageSayingSo() {
        Response page = new ConsoleSession(port).page("/reports?orgId=99999999");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Organization 99999999 does not exist");
    }

    @Test
    void anHtmxRequestThatFailsGetsItsMessageInTheMessageArea() {
        Response response = new ConsoleSession(port).htmxGet("/jobs/live?orgId=abc");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("HX-Retarget")).isEqualTo("#flash");
        assertThat(response.body()).contains("flash-error", "orgId must be a number, got &#39;abc&#39;");
    }

    @Test
    void aMissingPageIsSaidInPlainWords() {
        Response page = new ConsoleSession(port).page("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("There is no such page", "Nothing is at /no-such-page.");
    }

    @Test
    void theWebjarsAreServedWithoutVersionsInTheirPaths() {
        TestHttp http = new TestHttp(port);

        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/chart.js/dist/chart.umd.js").status()).isEqualTo(200);
    }
}
