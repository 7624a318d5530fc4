package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "storage" side: {@code GET /download/{reportId}?expires=..&signature=..} serves a report file to whoever holds a
 * valid pre-signed URL, with S3's XML errors (403 AccessDenied when expired or tampered with, 404 NoSuchKey). The
 * file is streamed with chunked transfer encoding: its length is unknown until the last row is generated.
 */
final class DownloadEndpoint implements HttpHandler {

    static final String PATH_PREFIX = "/download/";

    private static final Logger log = LoggerFactory.getLogger(DownloadEndpoint.class);

    private final ReportStore store;
    private final SignedUrls signedUrls;
    private final ReportFileWriter files;
    private final SandboxFaults faults;
    private final SandboxStats stats;
    private final Clock clock;

    DownloadEndpoint(ReportStore store, SignedUrls signedUrls, ReportFileWriter files, SandboxFaults faults,
                     SandboxStats stats, Clock clock) {
        this.store = store;
        this.signedUrls = signedUrls;
        this.files = files;
        this.faults = faults;
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        stats.recordDownload();
        SandboxHttp.requireMethod(exchange, "GET");
        String reportId = exchange.getRequestURI().getPath().substring(PATH_PREFIX.length());
        Map<String, String> query = SandboxHttp.query(exchange);
        long expires = expires(query.get("expires"));
        String signature = query.get("signature");
        if (signature == null || !signedUrls.verify(reportId, expires, signature)) {
            throw s3Error(403, "AccessDenied",
                    "The request signature we calculated does not match the signature you provided.", "");
        }
        Instant now = clock.instant();
        if (now.getEpochSecond() >= expires) {
            throw s3Error(403, "AccessDenied", "Request has expired",
                    "<Expires>" + iso(Instant.ofEpochSecond(expires)) + "</Expires><ServerTime>" + iso(now)
                            + "</ServerTime>");
        }
        SandboxReport report = store.find(reportId)
                .filter(found -> found.statusAt(now) == SandboxReport.Status.COMPLETED)
                .orElseThrow(() -> s3Error(404, "NoSuchKey", "The specified key does not exist.", ""));
        boolean truncate = faults.takeTruncatedDownload();
        SandboxProfile profile = SandboxAccounts.profile(report.profileId()).orElseThrow();
        log.info("serving report {}{}", reportId, truncate ? " (cut off halfway: injected fault)" : "");
        exchange.getResponseHeaders().set("Content-Type", "application/x-gzip");
        exchange.sendResponseHeaders(200, 0); // 0 = chunked: the rows are generated while they are sent
        try (OutputStream body = exchange.getResponseBody()) {
            files.write(report, report.generatedOn(profile.zone()), body, truncate);
        }
    }

    private static long expires(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw s3Error(403, "AccessDenied", "Query-string authentication requires the expires and signature "
                    + "parameters", "");
        }
    }

    /** S3 answers in XML; the values are ours (codes, fixed messages, timestamps), so nothing needs escaping. */
    private static HttpFailure s3Error(int status, String code, String message, String details) {
        return HttpFailure.xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
                + "</Code><Message>" + message + "</Message>" + details + "<RequestId>"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase()
                + "</RequestId></Error>");
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
