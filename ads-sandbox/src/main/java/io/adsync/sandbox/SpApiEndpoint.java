package io.adsync.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * The Selling Partner API Reports API (2021-06-30), Sales and Traffic only: {@code POST /reports/2021-06-30/reports},
 * {@code GET .../reports/{id}} (IN_QUEUE, IN_PROGRESS, then DONE, CANCELLED or FATAL) and
 * {@code GET .../documents/{id}} (a URL signed for five minutes). The access token comes as
 * {@code x-amz-access-token}; createReport is throttled at one a minute with a burst of 15 (per seller), answered
 * 429 with {@code x-amzn-RateLimit-Limit}, as Amazon does. Errors in the SP-API's shape:
 * {@code {"errors":[{"code","message","details"}]}}.
 */
final class SpApiEndpoint implements HttpHandler {

    static final String PATH = "/reports/2021-06-30/";
    static final String DOCUMENT_PATH = "/sp-documents/";
    /** Amazon's document URLs are valid five minutes. */
    static final Duration DOCUMENT_URL_TTL = Duration.ofMinutes(5);
    static final String CREATE_RATE = "0.0167";
    static final String GET_RATE = "2.0";

    private static final Logger log = LoggerFactory.getLogger(SpApiEndpoint.class);

    /** A report as the sandbox keeps it: what was asked, when, and what it will end as. */
    record SpSandboxReport(String reportId, String marketplaceId, LocalDate date, Instant createdAt, boolean fatal,
                           boolean malformed, String documentId) {
    }

    private final AccessTokens tokens;
    private final SandboxFaults faults;
    private final SandboxStats stats;
    private final SandboxSales sales;
    private final SignedUrls signedUrls;
    private final Clock clock;
    private final Duration reportDelay;
    private final String baseUrl;
    private final CreateQuota quota;
    private final Map<String, SpSandboxReport> reports = new ConcurrentHashMap<>();
    private final Map<String, SpSandboxReport> documents = new ConcurrentHashMap<>();

    SpApiEndpoint(AccessTokens tokens, SandboxFaults faults, SandboxStats stats, SandboxSales sales,
                  SignedUrls signedUrls, SandboxOptions options, String baseUrl, CreateQuota quota) {
        this.tokens = tokens;
        this.faults = faults;
        this.stats = stats;
        this.sales = sales;
        this.signedUrls = signedUrls;
        this.clock = options.clock();
        this.reportDelay = options.reportDelay();
        this.baseUrl = baseUrl;
        this.quota = quota;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(PATH + "reports")) {
            SandboxHttp.requireMethod(exchange, "POST");
            admit(exchange, CREATE_RATE);
            create(exchange);
        } else if (path.startsWith(PATH + "reports/")) {
            SandboxHttp.requireMethod(exchange, "GET");
            admit(exchange, GET_RATE);
            report(exchange, path.substring((PATH + "reports/").length()));
        } else if (path.startsWith(PATH + "documents/")) {
            SandboxHttp.requireMethod(exchange, "GET");
            admit(exchange, GET_RATE);
            document(exchange, path.substring((PATH + "documents/").length()));
        } else {
            throw error(404, "NotFound", "Resource not found");
        }
    }

    /** The download side, "storage": pre-signed URLs only, S3's XML errors. */
    HttpHandler downloads() {
        return exchange -> {
            stats.recordDownload();
            SandboxHttp.requireMethod(exchange, "GET");
            String documentId = exchange.getRequestURI().getPath().substring(DOCUMENT_PATH.length());
            Map<String, String> query = SandboxHttp.query(exchange);
            long expires;
            try {
                expires = Long.parseLong(query.getOrDefault("expires", ""));
            } catch (NumberFormatException e) {
                throw HttpFailure.xml(403, s3("AccessDenied", "Query-string authentication requires expires"));
            }
            String signature = query.get("signature");
            if (signature == null || !signedUrls.verify(documentId, expires, signature)) {
                throw HttpFailure.xml(403, s3("AccessDenied", "The request signature does not match"));
            }
            if (clock.instant().getEpochSecond() >= expires) {
                throw HttpFailure.xml(403, s3("AccessDenied", "Request has expired"));
            }
            SpSandboxReport report = Optional.ofNullable(documents.get(documentId))
                    .orElseThrow(() -> HttpFailure.xml(404, s3("NoSuchKey", "The specified key does not exist.")));
            boolean truncate = faults.takeTruncatedSalesDocument();
            byte[] json = report.fatal()
                    ? SandboxHttp.MAPPER.writeValueAsBytes(Map.of("errorDetails", "Report generation failed: the "
                            + "data for " + report.date() + " could not be aggregated (sandbox fault FATAL)."))
                    : SandboxHttp.MAPPER.writeValueAsBytes(sales.document(report.marketplaceId(), report.date(),
                            sales.sessionsAsOf(generatedOn(report)), report.malformed()));
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                var gzip = new java.util.zip.GZIPOutputStream(body, true); // sync flush: a cut-off stream still delivers its first half
                if (truncate) {
                    log.info("serving document {} cut off halfway (injected fault)", documentId);
                    gzip.write(json, 0, json.length / 2);
                    gzip.flush();
                    return; // no gzip trailer: the client sees the stream end early
                }
                gzip.write(json);
                gzip.finish();
            }
        };
    }

    private void admit(HttpExchange exchange, String rate) {
        String token = exchange.getRequestHeaders().getFirst("x-amz-access-token");
        if (token == null || !tokens.valid(token.trim())) {
            throw error(403, "Unauthorized", "Access to requested resource is denied.",
                    "The access token you provided is revoked, malformed or invalid.");
        }
        stats.recordSpApiCall();
        if (faults.takeSpApiAccessDenied()) {
            throw error(403, "Unauthorized", "Access to requested resource is denied.", "");
        }
        if (faults.takeSpApiServerError()) {
            throw error(503, "ServiceUnavailable", "Service temporarily unavailable");
        }
        boolean create = CREATE_RATE.equals(rate);
        if (faults.takeSpApiRateLimit() || (create && !quota.tryTake())) {
            throw error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.")
                    .withHeader("x-amzn-RateLimit-Limit", rate);
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        Map<String, Object> body;
        try {
            body = SandboxHttp.MAPPER.readValue(SandboxHttp.readBody(exchange), Map.class);
        } catch (JacksonException e) {
            throw error(400, "InvalidInput", "The request body is not JSON");
        }
        if (!"GET_SALES_AND_TRAFFIC_REPORT".equals(body.get("reportType"))) {
            throw error(400, "InvalidInput", "The sandbox serves only GET_SALES_AND_TRAFFIC_REPORT");
        }
        List<?> marketplaces = body.get("marketplaceIds") instanceof List<?> list ? list : List.of();
        if (marketplaces.size() != 1 || !SandboxSales.sellsIn(String.valueOf(marketplaces.get(0)))) {
            throw error(400, "InvalidInput", "Invalid marketplaceIds " + marketplaces + ": the seller is not "
                    + "registered to sell in this marketplace");
        }
        LocalDate start = day(body.get("dataStartTime"));
        LocalDate end = day(body.get("dataEndTime"));
        if (!start.equals(end)) {
            throw error(400, "InvalidInput", "The sandbox generates Sales and Traffic reports of one day");
        }
        String reportId = Long.toString(50_000_000_000L + (UUID.randomUUID().getMostSignificantBits() >>> 28));
        String documentId = "amzn1.spdoc.1.4.eu." + UUID.randomUUID();
        SpSandboxReport report = new SpSandboxReport(reportId, String.valueOf(marketplaces.get(0)), start,
                clock.instant(), faults.takeFatalSalesReport(), faults.takeMalformedSalesReport(), documentId);
        reports.put(reportId, report);
        stats.recordSalesReportCreated();
        log.info("Sales and Traffic report {} created for {} {}", reportId, report.marketplaceId(), start);
        SandboxHttp.sendJson(exchange, 202, SandboxHttp.JSON, Map.of("reportId", reportId));
    }

    private void report(HttpExchange exchange, String reportId) throws IOException {
        SpSandboxReport report = Optional.ofNullable(reports.get(reportId))
                .orElseThrow(() -> error(404, "NotFound", "Report " + reportId + " not found"));
        String status = status(report);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportId", reportId);
        json.put("reportType", "GET_SALES_AND_TRAFFIC_REPORT");
        json.put("marketplaceIds", List.of(report.marketplaceId()));
        json.put("dataStartTime", report.date() + "T00:00:00Z");
        json.put("dataEndTime", report.date() + "T23:59:59Z");
        json.put("createdTime", DateTimeFormatter.ISO_INSTANT.format(report.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        json.put("processingStatus", status);
        if (status.equals("DONE") || status.equals("FATAL")) {
            json.put("reportDocumentId", report.documentId());
            documents.put(report.documentId(), report);
        }
        SandboxHttp.sendJson(exchange, 200, SandboxHttp.JSON, json);
    }

    private void document(HttpExchange exchange, String documentId) throws IOException {
        if (!documents.containsKey(documentId)) {
            throw error(404, "NotFound", "Document " + documentId + " not found");
        }
        long expires = faults.takeExpiredSalesDocument()
                ? clock.instant().getEpochSecond() - 1
                : clock.instant().plus(DOCUMENT_URL_TTL).getEpochSecond();
        String signed = signedUrls.sign(documentId, expires).replace(DownloadEndpoint.PATH_PREFIX, DOCUMENT_PATH);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportDocumentId", documentId);
        json.put("url", baseUrl + signed);
        json.put("compressionAlgorithm", "GZIP");
        SandboxHttp.sendJson(exchange, 200, SandboxHttp.JSON, json);
    }

    private String status(SpSandboxReport report) {
        Duration age = Duration.between(report.createdAt(), clock.instant());
        if (age.compareTo(reportDelay.dividedBy(2)) < 0) {
            return "IN_QUEUE";
        }
        if (age.compareTo(reportDelay) < 0) {
            return "IN_PROGRESS";
        }
        if (report.fatal()) {
            return "FATAL";
        }
        return sales.cancelled(report.marketplaceId(), report.date(), generatedOn(report)) ? "CANCELLED" : "DONE";
    }

    /** The marketplace's day on which the report was generated: sessions are as late as they were then. */
    private LocalDate generatedOn(SpSandboxReport report) {
        return LocalDate.ofInstant(report.createdAt(), SandboxSales.profileOf(report.marketplaceId())
                .map(SandboxProfile::zone).orElse(java.time.ZoneOffset.UTC));
    }

    private static LocalDate day(Object value) {
        try {
            return OffsetDateTime.parse(String.valueOf(value)).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException notADate) {
                throw error(400, "InvalidInput", "dataStartTime and dataEndTime must be ISO 8601 date-times");
            }
        }
    }

    private static HttpFailure error(int status, String code, String message) {
        return error(status, code, message, null);
    }

    private static HttpFailure error(int status, String code, String message, String details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (details != null) {
            error.put("details", details);
        }
        return HttpFailure.json(status, Map.of("errors", List.of(error)));
    }

    private static String s3(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>";
    }

    /**
     * createReport's quota: a bucket of 15 refilled at one a minute, on the real clock like the Ads throttle.
     * Tests empty it into a fresh one with {@link #reset()}.
     */
    static final class CreateQuota {
        private static final double BURST = 15;
        private static final double PER_NANO = 1.0 / 60e9;
        private double tokens = BURST;
        private long refilledAt = System.nanoTime();

        synchronized boolean tryTake() {
            long now = System.nanoTime();
            tokens = Math.min(BURST, tokens + (now - refilledAt) * PER_NANO);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        synchronized void reset() {
            tokens = BURST;
            refilledAt = System.nanoTime();
        }
    }
}
