package io.adsync.ads;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.adsync.ads.ReportStatus.Status;
import io.adsync.report.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Amazon Ads API as this application uses it: profiles, and the asynchronous spCampaigns report (create, poll,
 * download). Handles what Amazon does on a bad day: access tokens are cached and refreshed once
 * on a 401; 429, 5xx and connection failures are retried with backoff, bounded; a 425 duplicate reuses the
 * earlier report; an expired download URL is replaced by a fresh one. Everything else becomes an
 * {@link AdsApiException} with Amazon's reason in plain words. Thread-safe.
 */
@Component
public class AmazonAdsClient {

    private static final Logger log = LoggerFactory.getLogger(AmazonAdsClient.class);

    static final String CREATE_REPORT_CONTENT_TYPE = "application/vnd.createasyncreportrequest.v3+json";
    // Amazon answers the vnd v3 media types, proxies and older deployments plain JSON; both parse the same
    private static final String CREATE_REPORT_ACCEPT = "application/vnd.createasyncreportresponse.v3+json, "
            + "application/json";
    private static final String GET_REPORT_ACCEPT = "application/vnd.getasyncreportresponse.v3+json, "
            + "application/json";
    private static final String JSON = "application/json";

    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int TOO_EARLY = 425;
    /** {"code":"425","detail":"The Request is a duplicate of : 0f0e2f4c-..."} */
    private static final Pattern DUPLICATE_OF = Pattern.compile("duplicate of\\s*:?\\s*([A-Za-z0-9._-]+)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Fresh download URLs fetched after a 403. One expired URL happens (a report downloaded long after it was
     * polled); several refusals of fresh ones mean something else is wrong, such as a clock far off.
     */
    static final int DOWNLOAD_URL_REFRESHES = 3;

    private final AdsEndpoints endpoints;
    private final JsonMapper json;
    private final AdsClientProperties properties;
    private final AmazonHttp sender;
    private final LwaTokenService tokens;

    @Autowired
    public AmazonAdsClient(AdsEndpoints endpoints, JsonMapper json, AmazonHttp http) {
        this.endpoints = endpoints;
        this.json = json;
        this.properties = http.properties();
        this.sender = http;
        this.tokens = http.tokens();
    }

    /** @param clock decides when a cached access token is too old (tests move it) */
    AmazonAdsClient(AdsEndpoints endpoints, AdsClientProperties properties, JsonMapper json, Clock clock) {
        this(endpoints, json, new AmazonHttp(properties, json, clock, AmazonRequestCounter.NONE));
    }

    /**
     * An access token for these credentials, from the cache while it has more than a minute left.
     *
     * @throws AdsAuthenticationException when Amazon rejects the client or the refresh token
     */
    public AccessToken accessToken(AdsCredentials credentials) {
        return tokens.accessToken(credentials.lwa(), endpoints.resolve(credentials.region()).tokenUrl());
    }

    /** Every advertising profile these credentials can access in their region. */
    public List<AdsProfile> profiles(AdsCredentials credentials) {
        String operation = "list the advertising profiles in region " + credentials.region();
        AdsProfile.Listed[] listed = call(AmazonCall.PROFILES, credentials, operation,
                token -> apiRequest(credentials, token, "/v2/profiles", JSON, false).GET().build(),
                AdsProfile.Listed[].class, "a list of profiles");
        return Arrays.stream(listed).map(AdsProfile.Listed::toProfile).toList();
    }

    /**
     * The profile the credentials name.
     *
     * @throws ProfileNotFoundException when the credentials cannot access it in their region
     */
    public AdsProfile profile(AdsCredentials credentials) {
        List<AdsProfile> profiles = profiles(credentials);
        return profiles.stream()
                .filter(profile -> profile.profileId() == credentials.profileId())
                .findFirst()
                .orElseThrow(() -> new ProfileNotFoundException("Profile " + credentials.profileId()
                        + " was not found among the profiles these credentials can access in region "
                        + credentials.region() + " (found: " + describe(profiles) + ").",
                        credentials.profileId(), credentials.region()));
    }

    /**
     * Asks Amazon to generate the daily spCampaigns report for {@code start..end} (inclusive, at most 31 days).
     * When an identical report is still being generated Amazon answers 425; its id is returned as a duplicate.
     *
     * @throws AdsRequestRejectedException with Amazon's detail, e.g. for a range longer than 31 days
     */
    public CreatedReport createReport(AdsCredentials credentials, ReportDefinition definition, LocalDate start,
                                      LocalDate end) {
        return createReport(credentials, definition, Set.of(), start, end);
    }

    /** @param excluded columns of the type Amazon no longer accepts: not asked for */
    public CreatedReport createReport(AdsCredentials credentials, ReportDefinition definition, Set<String> excluded,
                                      LocalDate start, LocalDate end) {
        String operation = "create the " + definition.reportTypeId() + " report for " + start + " to " + end
                + " (profile " + credentials.profileId() + ")";
        byte[] requestBody = json.writeValueAsBytes(ReportRequest.daily(definition, excluded, start, end));
        HttpResponse<byte[]> response = send(AmazonCall.CREATE_REPORT, credentials, operation,
                token -> apiRequest(credentials, token, "/reporting/reports", CREATE_REPORT_ACCEPT, true)
                        .header("Content-Type", CREATE_REPORT_CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody))
                        .build());
        if (response.statusCode() == TOO_EARLY) {
            AmazonErrorBody error = AmazonErrorBody.parse(json, response.body());
            Matcher duplicateOf = DUPLICATE_OF.matcher(error.reason().orElse(""));
            if (duplicateOf.find()) {
                String reportId = duplicateOf.group(1);
                log.info("Amazon already generates an identical report, {}: reusing it ({})", reportId, operation);
                return new CreatedReport(reportId, true);
            }
        }
        String reportId = read(operation, sender.successBody(operation, response), CreatedReportAnswer.class,
                "a created report").reportId();
        if (reportId == null || reportId.isBlank()) {
            throw new AdsApiException("Could not " + operation + ": Amazon's answer has no reportId.");
        }
        return new CreatedReport(reportId, false);
    }

    /** Where the report is: PENDING, PROCESSING, COMPLETED with a download URL, or FAILED with a reason. */
    public ReportStatus report(AdsCredentials credentials, String reportId) {
        String operation = "get the status of report " + reportId + " (profile " + credentials.profileId() + ")";
        String path = "/reporting/reports/" + URLEncoder.encode(reportId, StandardCharsets.UTF_8);
        ReportStatusAnswer answer = call(AmazonCall.REPORT_STATUS, credentials, operation,
                token -> apiRequest(credentials, token, path, GET_REPORT_ACCEPT, true).GET().build(),
                ReportStatusAnswer.class, "a report status");
        String status = answer.status();
        Status parsed;
        try {
            parsed = Status.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new AdsApiException("Could not " + operation + ": Amazon answered the unknown status " + status
                    + ".");
        }
        return new ReportStatus(reportId, parsed, answer.url(), instant(answer.urlExpiresAt()), answer.failureReason());
    }

    /** Amazon's answer to a createReport (of its fields, the id is all the jobs need). */
    record CreatedReportAnswer(String reportId) {
    }

    /** Amazon's answer to a getReport. */
    record ReportStatusAnswer(String status, String url, String urlExpiresAt, String failureReason) {
    }

    /**
     * Streams a COMPLETED report: the gunzipped JSON array of row objects. The download URL is fetched fresh
     * (with {@link #report}) and requested without any auth header, as pre-signed URLs want; if it has expired
     * (403), a new one is fetched, a bounded number of times. The caller closes the stream; a connection dropped
     * mid-way shows up as an {@link IOException} while reading.
     *
     * @throws IllegalStateException when the report is not COMPLETED
     */
    public InputStream download(AdsCredentials credentials, String reportId) {
        String operation = "download report " + reportId + " (profile " + credentials.profileId() + ")";
        for (int refreshes = 0; ; refreshes++) {
            ReportStatus status = report(credentials, reportId);
            if (status.status() != Status.COMPLETED || status.url() == null) {
                throw new IllegalStateException("Report " + reportId + " is " + status.status()
                        + ", not COMPLETED with a download URL; nothing to download yet.");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(status.url()))
                    .timeout(properties.requestTimeout())
                    .GET()
                    .build();
            HttpResponse<InputStream> response = sender.send(AmazonCall.DOWNLOAD, operation, request,
                    DocumentBodies.streamingSuccessOnly());
            int code = response.statusCode();
            if (code / 100 == 2) {
                return DocumentBodies.gunzip(operation, response.body());
            }
            String reason = AmazonErrorBody.parse(json, DocumentBodies.readSmallBody(response.body())).reason().orElse("");
            if (code == FORBIDDEN && refreshes < DOWNLOAD_URL_REFRESHES) {
                log.info("The download URL of report {} was refused (403 {}), probably expired; fetching a fresh one",
                        reportId, reason);
                continue;
            }
            throw new AdsRequestRejectedException("Could not " + operation + ": the download URL was refused (HTTP "
                    + code + (reason.isEmpty() ? "" : ", " + reason) + ")"
                    + (code == FORBIDDEN ? " also after fetching a fresh one " + refreshes + " times" : "") + ".",
                    code, reason);
        }
    }

    private HttpRequest.Builder apiRequest(AdsCredentials credentials, AccessToken token, String path,
                                           String accept, boolean scoped) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(endpoints.resolve(credentials.region()).apiUrl() + path))
                .timeout(properties.requestTimeout())
                .header("Authorization", "Bearer " + token.value())
                .header("Amazon-Advertising-API-ClientId", credentials.clientId())
                .header("Accept", accept);
        if (scoped) {
            builder.header("Amazon-Advertising-API-Scope", Long.toString(credentials.profileId()));
        }
        return builder;
    }

    /** {@link #send} for calls whose only good answer is a 2xx JSON body, bound to {@code answer}. */
    private <T> T call(AmazonCall call, AdsCredentials credentials, String operation,
                       Function<AccessToken, HttpRequest> request, Class<T> answer, String expected) {
        return read(operation, sender.successBody(operation, send(call, credentials, operation, request)), answer,
                expected);
    }

    /**
     * Sends an API request with a (cached) access token. A 401 means Amazon no longer takes that token, whatever
     * its expiry said: it is replaced once and the request repeated; a second 401 is not a token problem.
     */
    private HttpResponse<byte[]> send(AmazonCall call, AdsCredentials credentials, String operation,
                                      Function<AccessToken, HttpRequest> request) {
        String tokenUrl = endpoints.resolve(credentials.region()).tokenUrl();
        AccessToken token = tokens.accessToken(credentials.lwa(), tokenUrl);
        HttpResponse<byte[]> response = sender.send(call, operation, request.apply(token),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != UNAUTHORIZED) {
            return response;
        }
        log.info("Trying to {}: Amazon answered 401 Unauthorized; getting a new access token and trying once more",
                operation);
        tokens.invalidate(credentials.lwa(), tokenUrl, token);
        response = sender.send(call, operation, request.apply(tokens.accessToken(credentials.lwa(), tokenUrl)),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == UNAUTHORIZED) {
            String reason = AmazonErrorBody.parse(json, response.body()).reason().orElse("no reason given");
            throw new AdsAuthenticationException("Could not " + operation + ": Amazon refused a freshly issued "
                    + "access token too (401: " + reason + "). Check that this client id may use the Amazon Ads "
                    + "API and that the refresh token was granted access to profile " + credentials.profileId()
                    + ".");
        }
        return response;
    }


    /** @param expected what the answer should be, in words, for the message when it is not */
    private <T> T read(String operation, byte[] body, Class<T> answer, String expected) {
        T read;
        try {
            read = json.readValue(body, answer);
        } catch (JacksonException e) {
            read = null;
        }
        if (read == null) {
            throw new AdsApiException("Could not " + operation + ": Amazon's answer is not " + expected + " in JSON.");
        }
        return read;
    }

    /** Amazon writes ISO-8601 timestamps, with a Z or an offset. */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notIso) {
            log.debug("Ignoring the unparseable urlExpiresAt {}", value);
            return null;
        }
    }

    private static String describe(List<AdsProfile> profiles) {
        if (profiles.isEmpty()) {
            return "none";
        }
        return profiles.stream()
                .map(profile -> profile.profileId() + " " + profile.countryCode())
                .collect(Collectors.joining(", "));
    }
}
