package io.adsync.web.console;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;

/**
 * A logged-in browser session on the console, sending what htmx sends: the {@code HX-Request}
 * header and the page's CSRF token.
 */
public final class ConsoleSession {

    private final TestHttp http;
    private String csrfToken;

    public ConsoleSession(int port) {
        http = new TestHttp(port);
        http.logIn(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
    }

    /** A full page load; remembers the page's CSRF token for the htmx requests that follow. */
    public Response page(String path) {
        Response page = http.get(path, "Accept", "text/html");
        if (page.status() == 200) {
            csrfToken = TestHttp.csrfToken(page);
        }
        return page;
    }

    public Response htmxGet(String path) {
        return http.get(path, "HX-Request", "true", "Accept", "text/html");
    }

    /** An htmx POST of form fields ({@code a=1&b=2}), with the CSRF header. */
    public Response htmxPost(String path, String form) {
        if (csrfToken == null) {
            page("/reports");
        }
        return http.send("POST", path, form, "HX-Request", "true", "X-CSRF-TOKEN", csrfToken,
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
    }

    public Response postWithoutCsrf(String path, String form) {
        return http.send("POST", path, form, "HX-Request", "true",
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
    }
}
