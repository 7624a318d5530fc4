package io.adsync.web.settings;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import io.adsync.ads.AdsEndpoints;
import io.adsync.ads.AdsRegion;
import io.adsync.settings.AmazonSpApiSettings;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Test connection" of the SP-API section: exchanges the saved refresh token at Login with Amazon,
 * the one step every SP-API call starts with (the sales sync itself is a later job). Login with
 * Amazon is global: North America's token endpoint (or {@code AMAZON_ADS_TOKEN_URL}) serves every
 * marketplace.
 */
@Component
public class SpApiConnectionCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** Login-with-Amazon access and refresh tokens start with Atza| and Atzr|. */
    private static final Pattern TOKEN = Pattern.compile("Atz[ar]\\|[^\\s\"',;]+");

    private final AdsEndpoints endpoints;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public SpApiConnectionCheck(AdsEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    public SpApiConnectionResult check(AmazonSpApiSettings settings) {
        String tokenUrl = endpoints.resolve(AdsRegion.NA).tokenUrl();
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token"
                        + "&refresh_token=" + encode(settings.refreshToken())
                        + "&client_id=" + encode(settings.clientId())
                        + "&client_secret=" + encode(settings.clientSecret())))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return SpApiConnectionResult.failed("Login with Amazon (" + URI.create(tokenUrl).getHost()
                    + ") cannot be reached from this server: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SpApiConnectionResult.failed("The test was interrupted");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 == 2 && body.hasNonNull("access_token")) {
            return SpApiConnectionResult.connected(body.path("expires_in").asLong(3600));
        }
        String error = body.path("error").asString("");
        String description = body.path("error_description").asString("");
        String amazonSays = (error.isEmpty() ? "" : ", " + error) + (description.isEmpty() ? "" : ": " + description);
        // Amazon's words name the field that is wrong; anything shaped like a token is blanked all the same
        return SpApiConnectionResult.failed("Login with Amazon refused the SP-API credentials (HTTP "
                + response.statusCode() + TOKEN.matcher(amazonSays).replaceAll("••••") + "). Check the client id, "
                + "client secret and refresh token of your SP-API application.");
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JacksonException notJson) {
            return json.readTree("{}");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
