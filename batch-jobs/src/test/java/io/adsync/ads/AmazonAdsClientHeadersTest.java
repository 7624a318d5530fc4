package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * What goes over the wire, seen by a server that records request headers: the API calls carry the token, client
 * id and scope; the pre-signed download carries none of them (storage refuses a request with two kinds of auth).
 * This server also answers with plain {@code application/json} where Amazon uses its vnd v3 types.
 */
class AmazonAdsClientHeadersTest {

    private HttpServer server;
    private String base;
    private final Map<String, Headers> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/auth/o2/token", exchange -> answer(exchange, "application/json",
                "{\"access_token\":\"Atza|recorded\",\"token_type\":\"bearer\",\"expires_in\":3600}"
                        .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/reporting/reports/r-1", exchange -> answer(exchange, "application/json",
                ("{\"reportId\":\"r-1\",\"status\":\"COMPLETED\",\"url\":\"" + base
                        + "/files/r-1?X-Amz-Expires=3600&X-Amz-Signature=abc\",\"urlExpiresAt\":"
                        + "\"2030-01-01T00:00:00.000Z\",\"failureReason\":null}").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/files/r-1", exchange -> answer(exchange, "application/x-gzip",
                gzip("[{\"campaignId\":123456789012345}]")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theStatusCallIsAuthenticatedAndTheDownloadCarriesNoCredentials() throws IOException {
        AdsClientProperties properties = new AdsClientProperties(null, null, base,
                new AdsClientProperties.Retry(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        AmazonAdsClient client = new AmazonAdsClient(new AdsEndpoints(properties), properties,
                JsonMapper.builder().build(), Clock.systemUTC());
        AdsCredentials credentials = new AdsCredentials("amzn1.application-oa2-client.recorded", "secret",
                "Atzr|refresh", 42L, AdsRegion.SANDBOX);

        String body;
        try (InputStream rows = client.download(credentials, "r-1")) {
            body = new String(rows.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(body).isEqualTo("[{\"campaignId\":123456789012345}]");
        Headers status = requests.get("/reporting/reports/r-1");
        assertThat(status.getFirst("Authorization")).isEqualTo("Bearer Atza|recorded");
        assertThat(status.getFirst("Amazon-Advertising-API-ClientId")).isEqualTo("amzn1.application-oa2-client.recorded");
        assertThat(status.getFirst("Amazon-Advertising-API-Scope")).isEqualTo("42");
        assertThat(status.getFirst("Accept")).contains("application/vnd.getasyncreportresponse.v3+json",
                "application/json");
        Headers download = requests.get("/files/r-1");
        assertThat(download.keySet()).noneMatch(name -> name.equalsIgnoreCase("Authorization")
                || name.toLowerCase().startsWith("amazon-"));
    }

    private void answer(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        requests.put(exchange.getRequestURI().getPath(), exchange.getRequestHeaders());
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
