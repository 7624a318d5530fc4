package io.adsync.operations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalTime;

import io.adsync.operations.AlertsProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WebhookChannelTest {

    static final AlertMessage MESSAGE = new AlertMessage("[Amazon Ads Sync] Test", "Test alert: hello");

    final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void postsTheTextAsSlackAndTeamsTakeIt() throws Exception {
        channel(receiver.url()).send(MESSAGE);

        assertThat(receiver.texts("")).containsExactly("Test alert: hello");
    }

    @Test
    void aMalformedUrlIsSaidWithoutTheUrl() {
        assertThatThrownBy(() -> channel("hooks.example.com/services/T0/B0/secret-part").send(MESSAGE))
                .hasMessage("ALERT_WEBHOOK_URL is not an http(s) URL");
    }

    @Test
    void aRefusedConnectionIsSaidWithoutTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> channel("http://127.0.0.1:" + closedPort + "/secret-part").send(MESSAGE))
                .hasMessageStartingWith("could not reach the webhook").hasMessageNotContaining("secret-part");
    }

    @Test
    void aSlowWebhookTimesOut() {
        receiver.answer(WebhookReceiver.Mode.HANG);

        assertThatThrownBy(() -> channel(receiver.url(), Duration.ofMillis(300)).send(MESSAGE))
                .hasMessage("the webhook did not answer in time (300 ms)");
    }

    private static WebhookChannel channel(String url) {
        return channel(url, Duration.ofSeconds(5));
    }

    private static WebhookChannel channel(String url, Duration timeout) {
        return new WebhookChannel(new AlertsProperties(LocalTime.NOON, url, null, "adsync@localhost",
                Duration.ofMinutes(1), timeout, 1, Duration.ofMillis(10)), JsonMapper.builder().build());
    }
}
