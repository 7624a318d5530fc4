package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} route the application maps, found at run time (a route added later is covered
 * without touching this test), refuses a caller without credentials with a JSON 401.
 */
@AdsSyncAppTest
class ApiAuthenticationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void everyApiRouteAnswers401JsonWithoutCredentials() {
        List<Route> routes = apiRoutes();
        assertThat(routes).extracting(Route::path)
                .contains("/api/settings", "/api/test/amazon-ads", "/api/cron/amazon-ads-request",
                        "/api/backfill/amazon-ads");

        for (Route route : routes) {
            Response response = http.send(route.method(), route.path() + "?orgId=1", body(route));

            assertThat(response.status()).as(route + " without credentials").isEqualTo(401);
            assertThat(response.header("Content-Type")).as(route.toString()).startsWith("application/json");
            assertThat(response.json().get("success").asBoolean()).as(route.toString()).isFalse();
            assertThat(response.json().get("error").asString()).as(route.toString()).isNotBlank();
        }
    }

    @Test
    void everyApiRouteRefusesAWrongPassword() {
        for (Route route : apiRoutes()) {
            Response response = http.send(route.method(), route.path() + "?orgId=1", body(route),
                    "Authorization", TestHttp.basic(AdsSyncAppTest.ADMIN_USERNAME, "wrong-password"));

            assertThat(response.status()).as(route + " with a wrong password").isEqualTo(401);
            // a right password clears the admin's failed-login count, which would otherwise reach the
            // throttle's limit (a 429, UserLoginHttpTest) before the routes run out
            assertThat(http.get("/api/orgs", "Authorization", TestHttp.admin()).status()).isEqualTo(200);
        }
    }

    @Test
    void anApiCallWithoutCredentialsGetsNoSessionAndNoRedirect() {
        Response response = http.get("/api/settings?orgId=1", "Accept", "text/html");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Location")).isEmpty();
        assertThat(response.header("Set-Cookie")).doesNotContain("JSESSIONID");
        assertThat(response.header("WWW-Authenticate")).as("no browser password prompt").isEmpty();
    }

    @Test
    void theAdminGetsInWithHttpBasic() {
        Response response = http.get("/api/settings?orgId=1", "Authorization", TestHttp.admin());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void consolePagesRedirectToTheLoginPage() {
        Response response = http.get("/", "Accept", "text/html");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    private List<Route> apiRoutes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns(info)) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", path));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), path)));
            }
        });
        return routes;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPatternValues();
    }

    private static String body(Route route) {
        return route.method().equals("GET") ? null : "{}";
    }

    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
