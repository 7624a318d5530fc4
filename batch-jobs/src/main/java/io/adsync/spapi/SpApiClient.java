package io.adsync.spapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;

import io.adsync.ads.AccessToken;
import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsRequestRejectedException;
import io.adsync.ads.AmazonCall;
import io.adsync.ads.AmazonErrorBody;
import io.adsync.ads.AmazonHttp;
import io.adsync.ads.DocumentBodies;
import io.adsync.ads.LwaTokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Selling Partner API Reports API (2021-06-30) as the sales job uses it: create a Sales and Traffic report,
 * ask where it is, fetch its document. It shares the Ads client's HTTP client, retry policy (429 honouring
 * {@code Retry-After} or {@code x-amzn-RateLimit-Limit}, 5xx, connection failures) and Login-with-Amazon token cache
 * through {@link AmazonHttp}. The access token travels as {@code x-amz-access-token}. Thread-safe.
 */
@Component
public class SpApiClient {

    private static final Logger log = LoggerFactory.getLogger(SpApiClient.class);

    static final String REPORTS = "/reports/2021-06-30/reports";
    static final String DOCUMENTS = "/reports/2021-06-30/documents/";
    private static final int FORBIDDEN = 403;
    private static final int UNAUTHORIZED = 401;
    /** Fresh document URLs fetched after a refused download: one expired URL happens, several mean something else. */
    static final int DOCUMENT_URL_REFRESHES = 3;

    private final SpApiEndpoints endpoints;
    private final JsonMapper json;
    private final AmazonHttp http;
    private final LwaTokenService tokens;
    private final Duration requestTimeout;

    public SpApiClient(SpApiEndpoints endpoints, JsonMapper json, AmazonHttp http) {
        this.endpoints = endpoints;
        this.json = json;
        this.http = http;
        this.tokens = http.tokens();
        this.requestTimeout = http.properties().requestTimeout();
    }

    /**
     * An access token for the SP-API credentials (Settings' "Test connection" asks for one).
     *
     * @throws io.adsync.ads.AdsAuthenticationException when Login with Amazon refuses the client or refresh token
     */
    public AccessToken accessToken(SpApiCredentials credentials) {
        return tokens.accessToken(credentials.lwa(), endpoints.resolve(credentials.region()).tokenUrl());
    }

    /**
     * Asks for the Sales and Traffic report of one day of the credentials' marketplace.
     *
     * @return Amazon's reportId
     * @throws AdsRequestRejectedException with Amazon's words for a 400 (a marketplace the seller does not sell in)
     */
    public String createSalesReport(SpApiCredentials credentials, LocalDate day) {
        String operation = "create the Sales and Traffic report of " + day + " (marketplace "
                + credentials.marketplaceId() + ")";
        byte[] body = json.writeValueAsBytes(SalesReportRequest.of(credentials.marketplaceId(), day));
        CreatedSpReport created = read(operation, http.successBody(operation, send(AmazonCall.SP_CREATE_REPORT,
                credentials, operation, token -> request(credentials, token, REPORTS)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build())), CreatedSpReport.class);
        if (created.reportId() == null || created.reportId().isBlank()) {
            throw new AdsApiException("Could not " + operation + ": Amazon's answer has no reportId.");
        }
        return created.reportId();
    }

    /** IN_QUEUE, IN_PROGRESS, DONE (with its document), CANCELLED (no data) or FATAL (with an error document). */
    public SpReport report(SpApiCredentials credentials, String reportId) {
        String operation = "get the status of Sales and Traffic report " + reportId;
        String path = REPORTS + "/" + URLEncoder.encode(reportId, StandardCharsets.UTF_8);
        SpReport report = read(operation, http.successBody(operation, send(AmazonCall.SP_REPORT_STATUS, credentials,
                operation, token -> request(credentials, token, path).GET().build())), SpReport.class);
        if (report.processingStatus() == null) {
            throw new AdsApiException("Could not " + operation + ": Amazon's answer has no known processingStatus.");
        }
        return report;
    }

    /** Where a document can be downloaded for the next five minutes. */
    public SpReportDocument document(SpApiCredentials credentials, String documentId) {
        String operation = "get report document " + documentId;
        String path = DOCUMENTS + URLEncoder.encode(documentId, StandardCharsets.UTF_8);
        SpReportDocument document = read(operation, http.successBody(operation, send(AmazonCall.SP_DOCUMENT,
                credentials, operation, token -> request(credentials, token, path).GET().build())),
                SpReportDocument.class);
        if (document.url() == null || document.url().isBlank()) {
            throw new AdsApiException("Could not " + operation + ": Amazon's answer has no url.");
        }
        return document;
    }

    /**
     * Streams a document, gunzipped when Amazon packed it. The URL is pre-signed (no auth headers) and valid five
     * minutes: when storage refuses it (403, expired), the document is asked for again with a fresh URL, a bounded
     * number of times. The caller closes the stream.
     */
    public InputStream download(SpApiCredentials credentials, String documentId) {
        String operation = "download report document " + documentId;
        for (int refreshes = 0; ; refreshes++) {
            SpReportDocument document = document(credentials, documentId);
            HttpRequest request = HttpRequest.newBuilder(URI.create(document.url()))
                    .timeout(requestTimeout).GET().build();
            HttpResponse<InputStream> response = http.send(AmazonCall.SP_DOWNLOAD, operation, request,
                    DocumentBodies.streamingSuccessOnly());
            int code = response.statusCode();
            if (code / 100 == 2) {
                return document.gzipped() ? DocumentBodies.gunzip(operation, response.body()) : response.body();
            }
            String reason = AmazonErrorBody.parse(json, DocumentBodies.readSmallBody(response.body())).reason().orElse("");
            if (code == FORBIDDEN && refreshes < DOCUMENT_URL_REFRESHES) {
                log.info("The URL of document {} was refused (403 {}), probably expired; asking for a fresh one",
                        documentId, reason);
                continue;
            }
            throw new AdsRequestRejectedException("Could not " + operation + ": the document URL was refused (HTTP "
                    + code + (reason.isEmpty() ? "" : ", " + reason) + ")"
                    + (code == FORBIDDEN ? " also after asking for a fresh one " + refreshes + " times" : "") + ".",
                    code, reason);
        }
    }

    /** A FATAL report's explanation, from its error document; a fixed sentence when it has none. */
    public String fatalReason(SpApiCredentials credentials, SpReport report) {
        if (report.reportDocumentId() == null) {
            return "Amazon could not generate report " + report.reportId() + " (FATAL) and gave no reason.";
        }
        try (InputStream document = download(credentials, report.reportDocumentId())) {
            byte[] bytes = document.readNBytes(64 * 1024);
            String details;
            try {
                details = json.readValue(bytes, FatalReportDocument.class).errorDetails();
            } catch (JacksonException notJson) {
                details = new String(bytes, StandardCharsets.UTF_8).strip();
            }
            return "Amazon could not generate report " + report.reportId() + " (FATAL): "
                    + AmazonErrorBody.redact(details == null || details.isBlank() ? "no reason given" : details);
        } catch (IOException e) {
            return "Amazon could not generate report " + report.reportId() + " (FATAL); its error document could "
                    + "not be read (" + e.getMessage() + ").";
        }
    }

    private HttpRequest.Builder request(SpApiCredentials credentials, AccessToken token, String path) {
        return HttpRequest.newBuilder(URI.create(endpoints.resolve(credentials.region()).apiUrl() + path))
                .timeout(requestTimeout)
                .header("x-amz-access-token", token.value())
                .header("Accept", "application/json");
    }

    /**
     * Sends with a cached access token. The SP-API answers an expired or revoked token with 403 (sometimes 401): the
     * token is replaced once and the call repeated; a second refusal of a fresh token is a missing role.
     */
    private HttpResponse<byte[]> send(AmazonCall call, SpApiCredentials credentials, String operation,
                                      Function<AccessToken, HttpRequest> request) {
        String tokenUrl = endpoints.resolve(credentials.region()).tokenUrl();
        AccessToken token = tokens.accessToken(credentials.lwa(), tokenUrl);
        HttpResponse<byte[]> response = http.send(call, operation, request.apply(token),
                HttpResponse.BodyHandlers.ofByteArray());
        if (!refused(response)) {
            return response;
        }
        log.info("Trying to {}: the SP-API answered {}; getting a new access token and trying once more", operation,
                response.statusCode());
        tokens.invalidate(credentials.lwa(), tokenUrl, token);
        response = http.send(call, operation, request.apply(tokens.accessToken(credentials.lwa(), tokenUrl)),
                HttpResponse.BodyHandlers.ofByteArray());
        if (refused(response)) {
            String reason = AmazonErrorBody.parse(json, response.body()).reason().orElse("no reason given");
            throw new SpApiAccessDeniedException("Could not " + operation + ": the Selling Partner API denied "
                    + "access (HTTP " + response.statusCode() + ", " + reason + "). Login with Amazon accepted the "
                    + "credentials, so the SP-API application is most likely missing the role this report needs "
                    + "(Brand Analytics or Selling Partner Insights), or the seller has not authorized it for "
                    + "marketplace " + credentials.marketplaceId() + ". Add the role in the developer profile, "
                    + "authorize the app again and save the new refresh token in the SP-API settings.");
        }
        return response;
    }

    private static boolean refused(HttpResponse<?> response) {
        return response.statusCode() == FORBIDDEN || response.statusCode() == UNAUTHORIZED;
    }


    private <T> T read(String operation, byte[] body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new AdsApiException("Could not " + operation + ": Amazon's answer is not the JSON expected ("
                    + e.getOriginalMessage() + ").");
        }
    }
}
