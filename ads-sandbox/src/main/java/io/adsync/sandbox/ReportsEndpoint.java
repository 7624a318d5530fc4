package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asynchronous reporting API v3: {@code POST /reporting/reports} creates a report, {@code GET
 * /reporting/reports/{reportId}} tells its status and, once COMPLETED, hands out a fresh pre-signed download URL.
 */
final class ReportsEndpoint implements HttpHandler {

    static final String PATH = "/reporting/reports";

    private static final Logger log = LoggerFactory.getLogger(ReportsEndpoint.class);

    private final ApiGate gate;
    private final ReportStore store;
    private final ReportRequestValidator validator;
    private final SignedUrls signedUrls;
    private final SandboxFaults faults;
    private final SandboxStats stats;
    private final Clock clock;
    private final Duration reportDelay;
    private final Duration downloadUrlTtl;
    private final String baseUrl;

    ReportsEndpoint(ApiGate gate, ReportStore store, SignedUrls signedUrls, SandboxFaults faults, SandboxStats stats,
                    SandboxOptions options, String baseUrl) {
        this.gate = gate;
        this.store = store;
        this.signedUrls = signedUrls;
        this.faults = faults;
        this.validator = new ReportRequestValidator(faults);
        this.stats = stats;
        this.clock = options.clock();
        this.reportDelay = options.reportDelay();
        this.downloadUrlTtl = options.downloadUrlTtl();
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(PATH)) {
            SandboxHttp.requireMethod(exchange, "POST");
            create(exchange);
        } else if (path.startsWith(PATH + "/") && path.indexOf('/', PATH.length() + 1) < 0) {
            SandboxHttp.requireMethod(exchange, "GET");
            get(exchange, path.substring(PATH.length() + 1));
        } else {
            throw HttpFailure.api(404, "Not Found");
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        long profileId = gate.admit(exchange, ApiCall.CREATE_REPORT);
        requireJson(exchange.getRequestHeaders().getFirst("Content-Type"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone(profileId));
        ReportRequest request = validator.validate(SandboxHttp.readBody(exchange), today);
        ReportStore.Outcome outcome = store.createUnlessDuplicate(profileId, request, now,
                () -> new SandboxReport(UUID.randomUUID().toString(), profileId, request, now, reportDelay,
                        faults.takeFailingReport(), faults.takeMalformedReport()));
        if (outcome.duplicate()) {
            throw HttpFailure.api(425, "The Request is a duplicate of : " + outcome.report().reportId());
        }
        stats.recordReportCreated(profileId);
        log.info("report {} created for profile {}: {}..{}", outcome.report().reportId(), profileId,
                request.startDate(), request.endDate());
        SandboxHttp.sendJson(exchange, 200, SandboxHttp.CREATE_REPORT_RESPONSE, json(outcome.report(), now));
    }

    private void get(HttpExchange exchange, String reportId) throws IOException {
        long profileId = gate.admit(exchange, ApiCall.GET_REPORT);
        SandboxReport report = store.find(profileId, reportId)
                .orElseThrow(() -> HttpFailure.api(404, "Report " + reportId + " not found"));
        SandboxHttp.sendJson(exchange, 200, SandboxHttp.GET_REPORT_RESPONSE, json(report, clock.instant()));
    }

    /** Amazon's report object; a COMPLETED one carries a download URL signed for {@code downloadUrlTtl} from now. */
    private Map<String, Object> json(SandboxReport report, Instant now) {
        SandboxReport.Status status = report.statusAt(now);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportId", report.reportId());
        json.put("name", report.request().name());
        json.put("status", status.name());
        json.put("startDate", report.request().startDate().toString());
        json.put("endDate", report.request().endDate().toString());
        json.put("configuration", report.request().configuration());
        json.put("createdAt", timestamp(report.createdAt()));
        json.put("updatedAt", timestamp(report.updatedAt(now)));
        boolean finished = status == SandboxReport.Status.COMPLETED || status == SandboxReport.Status.FAILED;
        json.put("generatedAt", finished ? timestamp(report.finishedAt()) : null);
        String url = null;
        String urlExpiresAt = null;
        if (status == SandboxReport.Status.COMPLETED) {
            // an "already expired" URL stands for one fetched long before the download, as a slow client would
            long expires = faults.takeExpiredDownload()
                    ? now.getEpochSecond() - 1
                    : now.plus(downloadUrlTtl).getEpochSecond();
            url = baseUrl + signedUrls.sign(report.reportId(), expires);
            urlExpiresAt = timestamp(Instant.ofEpochSecond(expires));
        }
        json.put("url", url);
        json.put("urlExpiresAt", urlExpiresAt);
        // the size of a file generated while it is sent is not known in advance
        json.put("fileSize", null);
        json.put("failureReason", status == SandboxReport.Status.FAILED ? SandboxReport.FAILURE_REASON : null);
        return json;
    }

    private static void requireJson(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!mediaType.equals(SandboxHttp.CREATE_REPORT_REQUEST) && !mediaType.equals(SandboxHttp.JSON)) {
            throw HttpFailure.api(415, "Content-Type must be " + SandboxHttp.CREATE_REPORT_REQUEST);
        }
    }

    private static ZoneId zone(long profileId) {
        return SandboxAccounts.profile(profileId).orElseThrow().zone();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
