package io.adsync.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to the application under test, as a client outside it sees it: no redirects followed,
 * cookies kept per instance (a browser session), headers given as name/value pairs.
 */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The page body's hx-headers: {"X-CSRF-TOKEN": "<token>"}, HTML-escaped. */
    private static final Pattern CSRF_HEADERS = Pattern.compile(
            "<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;\\}\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    public TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** HTTP Basic as the test application's admin. */
    public static String admin() {
        return basic(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response postJson(String path, String json, String... headers) {
        String[] withType = new String[headers.length + 2];
        withType[0] = "Content-Type";
        withType[1] = "application/json";
        System.arraycopy(headers, 0, withType, 2, headers.length);
        return send("POST", path, json, withType);
    }

    /** A form submitted by a browser (which asks for HTML back). */
    public Response postForm(String path, String form) {
        return send("POST", path, form, "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
    }

    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs this client's session in through the login form, as a browser does. */
    public void logIn(String username, String password) {
        String token = csrfToken(get("/login"));
        Response response = postForm("/login", "username=" + username + "&password=" + password + "&_csrf=" + token);
        if (response.status() != 302 || response.header("Location").contains("error")) {
            throw new IllegalStateException("login failed: " + response.status() + " " + response.header("Location"));
        }
    }

    /** The CSRF token of a console page (the header its body declares for every htmx request). */
    public static String csrfToken(Response page) {
        Matcher matcher = CSRF_HEADERS.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF header for htmx in the page");
        }
        return matcher.group(1);
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }
}
