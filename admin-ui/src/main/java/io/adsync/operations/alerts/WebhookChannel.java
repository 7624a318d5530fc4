package io.adsync.operations.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

import io.adsync.operations.AlertsProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ALERT_WEBHOOK_URL}: a JSON POST {@code {"text": "..."}}, which Slack and Microsoft Teams
 * incoming webhooks (and most chat tools) take as is. Errors never quote the URL: in Slack's and
 * Teams' webhooks the URL is the secret.
 */
@Component
class WebhookChannel implements AlertChannel {

    private final AlertsProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    WebhookChannel(AlertsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean configured() {
        return properties.hasWebhook();
    }

    @Override
    public void send(AlertMessage message) throws IOException, InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(properties.webhookUrl().strip()))
                    .timeout(properties.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("text",
                            message.text()))))
                    .build();
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("ALERT_WEBHOOK_URL is not an http(s) URL");
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new IOException("the webhook did not answer in time (" + properties.webhookTimeout().toMillis()
                    + " ms)");
        } catch (IOException e) {
            throw new IOException("could not reach the webhook (" + e.getClass().getSimpleName() + ")");
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the webhook answered HTTP " + response.statusCode());
        }
    }
}
