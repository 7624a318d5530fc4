package io.adsync.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bare HTTP client of the sandbox, speaking to it exactly as the app's client does, for the tests. */
final class SandboxClient {

    /**
     * Reads numbers as Long and BigDecimal (with the scale as sent), the types {@link SandboxData} generates, so a
     * downloaded row can be compared to a generated one with plain equals.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    static final List<String> ALL_COLUMNS = SpCampaignsColumns.ACCEPTED;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AdsSandbox sandbox;
    private String accessToken;

    SandboxClient(AdsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse<String> token(String clientId, String clientSecret, String refreshToken) {
        String form = Map.of("grant_type", "refresh_token", "client_id", clientId, "client_secret", clientSecret,
                        "refresh_token", refreshToken).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Signs in with the sandbox's credentials; call again after moving a manual clock past the token's hour. */
    String signIn() {
        HttpResponse<String> response = token(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                SandboxAccounts.REFRESH_TOKEN);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + response.body());
        }
        accessToken = json(response).path("access_token").stringValue();
        return accessToken;
    }

    HttpResponse<String> profiles() {
        return send(api("/v2/profiles").GET());
    }

    HttpResponse<String> createReport(long profileId, Map<String, Object> body) {
        return send(api("/reporting/reports").header(ApiGate.SCOPE_HEADER, Long.toString(profileId))
                .header("Content-Type", "application/vnd.createasyncreportrequest.v3+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> createReport(long profileId, LocalDate start, LocalDate end) {
        return createReport(profileId, reportBody(start, end, ALL_COLUMNS));
    }

    HttpResponse<String> report(long profileId, String reportId) {
        return send(api("/reporting/reports/" + reportId).header(ApiGate.SCOPE_HEADER, Long.toString(profileId))
                .GET());
    }

    /** Creates a report and returns its id, failing the test on anything but 200. */
    String createdReportId(long profileId, LocalDate start, LocalDate end) {
        HttpResponse<String> response = createReport(profileId, start, end);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("create failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).path("reportId").stringValue();
    }

    /** The url of a report that must be COMPLETED by now. */
    String downloadUrl(long profileId, String reportId) {
        JsonNode report = json(report(profileId, reportId));
        if (!"COMPLETED".equals(report.path("status").stringValue())) {
            throw new IllegalStateException("report not completed: " + report);
        }
        return report.path("url").stringValue();
    }

    HttpResponse<byte[]> download(String url) {
        return sendFor(HttpRequest.newBuilder(URI.create(url)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<InputStream> downloadStream(String url) {
        return sendFor(HttpRequest.newBuilder(URI.create(url)).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    static Map<String, Object> reportBody(LocalDate start, LocalDate end, List<String> columns) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("adProduct", "SPONSORED_PRODUCTS");
        configuration.put("groupBy", List.of("campaign"));
        configuration.put("columns", columns);
        configuration.put("reportTypeId", "spCampaigns");
        configuration.put("timeUnit", "DAILY");
        configuration.put("format", "GZIP_JSON");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "sp campaigns " + start + ".." + end);
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("configuration", configuration);
        return body;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static List<Map<String, Object>> gunzipRows(byte[] gzip) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return JSON.readValue(in.readAllBytes(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder api(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header(ApiGate.CLIENT_ID_HEADER, SandboxAccounts.CLIENT_ID);
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return sendFor(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> sendFor(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
