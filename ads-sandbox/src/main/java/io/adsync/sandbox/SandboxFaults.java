package io.adsync.sandbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Faults the sandbox injects so tests and users can watch the client cope with what Amazon really does. Every
 * counter means "the next n times": calling a method again replaces the previous count, {@link #reset()} clears
 * everything. "API calls" are {@code /v2/profiles} and {@code /reporting/**}, never the token endpoint or a download.
 * Thread-safe: handlers on the server's threads consume the counters while the test thread sets them.
 */
public final class SandboxFaults {

    /** A 429 to answer; {@code retryAfterSeconds} null means no {@code Retry-After} header, as Amazon often does. */
    record RateLimit(Integer retryAfterSeconds) {
    }

    private final Countdown rateLimitedCreates = new Countdown();
    private Integer createRetryAfter;
    private final Countdown rateLimitedGets = new Countdown();
    private Integer getRetryAfter;
    private final Countdown serverErrors = new Countdown();
    private final Countdown unauthorized = new Countdown();
    private final Countdown failingReports = new Countdown();
    private final Countdown expiredDownloads = new Countdown();
    private final Countdown truncatedDownloads = new Countdown();
    private final Countdown malformedReports = new Countdown();
    private final Countdown spApiRateLimits = new Countdown();
    private final Countdown spApiServerErrors = new Countdown();
    private final Countdown spApiAccessDenied = new Countdown();
    private final Countdown fatalSalesReports = new Countdown();
    private final Countdown malformedSalesReports = new Countdown();
    private final Countdown expiredSalesDocuments = new Countdown();
    private final Countdown truncatedSalesDocuments = new Countdown();
    private Duration latency = Duration.ZERO;
    private final Set<Long> stormedProfiles = new HashSet<>();
    private final Set<String> retiredColumns = new HashSet<>();

    SandboxFaults() {
    }

    /** The next n report creations answer 429, with {@code Retry-After: s} when s is not null. */
    public synchronized SandboxFaults rateLimitCreates(int n, Integer retryAfterSecondsOrNull) {
        rateLimitedCreates.set(n);
        createRetryAfter = retryAfterSecondsOrNull;
        return this;
    }

    /** The next n report status calls answer 429, with {@code Retry-After: s} when s is not null. */
    public synchronized SandboxFaults rateLimitGets(int n, Integer retryAfterSecondsOrNull) {
        rateLimitedGets.set(n);
        getRetryAfter = retryAfterSecondsOrNull;
        return this;
    }

    /**
     * Every call scoped to this profile answers 429 until {@link #reset()}: Amazon throttling one
     * advertiser while the connection's other profiles go on.
     */
    public synchronized SandboxFaults rateLimitProfile(long profileId) {
        stormedProfiles.add(profileId);
        return this;
    }

    synchronized boolean isStormed(long profileId) {
        return stormedProfiles.contains(profileId);
    }

    /**
     * Amazon retires a column of a report type: from now on a request naming it is rejected with
     * the 400 that lists the invalid values and the allowed ones, until {@link #reset()}.
     */
    public synchronized SandboxFaults retireColumn(String reportTypeId, String column) {
        retiredColumns.add(reportTypeId + "." + column);
        return this;
    }

    synchronized boolean isRetired(String reportTypeId, String column) {
        return retiredColumns.contains(reportTypeId + "." + column);
    }

    /** The next n API calls answer 503 Service Unavailable. */
    public synchronized SandboxFaults serverErrors(int n) {
        serverErrors.set(n);
        return this;
    }

    /** The next n API calls answer 401, as when the access token expired early or was revoked. */
    public synchronized SandboxFaults unauthorizedNext(int n) {
        unauthorized.set(n);
        return this;
    }

    /** The next n reports created end FAILED with a failureReason instead of COMPLETED. */
    public synchronized SandboxFaults failNextReports(int n) {
        failingReports.set(n);
        return this;
    }

    /** The next n download URLs handed out by a status call are already expired: the download answers 403. */
    public synchronized SandboxFaults expireNextDownloads(int n) {
        expiredDownloads.set(n);
        return this;
    }

    /** The next n downloads stop about halfway through the gzip stream, as a dropped connection does. */
    public synchronized SandboxFaults truncateNextDownloads(int n) {
        truncatedDownloads.set(n);
        return this;
    }

    /** The next n reports created also contain a row whose cost is "abc" and a row without campaignId. */
    public synchronized SandboxFaults malformedRowsInNextReports(int n) {
        malformedReports.set(n);
        return this;
    }

    /** The next n Selling Partner API calls answer 429 with {@code x-amzn-RateLimit-Limit} (a burst of throttling). */
    public synchronized SandboxFaults rateLimitSpApi(int n) {
        spApiRateLimits.set(n);
        return this;
    }

    /** The next n Selling Partner API calls answer 503. */
    public synchronized SandboxFaults spApiServerErrors(int n) {
        spApiServerErrors.set(n);
        return this;
    }

    /** The next n Selling Partner API calls answer 403 Unauthorized, as when the app lacks the report's role. */
    public synchronized SandboxFaults denySpApi(int n) {
        spApiAccessDenied.set(n);
        return this;
    }

    /** The next n Sales and Traffic reports created end FATAL, with an error document. */
    public synchronized SandboxFaults fatalNextSalesReports(int n) {
        fatalSalesReports.set(n);
        return this;
    }

    /** The next n Sales and Traffic reports created also hold an entry without sku and one with text for units. */
    public synchronized SandboxFaults malformedNextSalesReports(int n) {
        malformedSalesReports.set(n);
        return this;
    }

    /** The next n document URLs handed out are already expired: their download answers 403. */
    public synchronized SandboxFaults expireNextSalesDocuments(int n) {
        expiredSalesDocuments.set(n);
        return this;
    }

    /** The next n document downloads stop halfway, as a dropped connection does. */
    public synchronized SandboxFaults truncateNextSalesDocuments(int n) {
        truncatedSalesDocuments.set(n);
        return this;
    }

    /** Every request (also token and download) waits this long before it is answered, until reset. */
    public synchronized SandboxFaults latency(Duration perRequest) {
        Objects.requireNonNull(perRequest, "perRequest");
        if (perRequest.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = perRequest;
        return this;
    }

    public synchronized SandboxFaults reset() {
        stormedProfiles.clear();
        retiredColumns.clear();
        rateLimitedCreates.set(0);
        createRetryAfter = null;
        rateLimitedGets.set(0);
        getRetryAfter = null;
        serverErrors.set(0);
        unauthorized.set(0);
        failingReports.set(0);
        expiredDownloads.set(0);
        truncatedDownloads.set(0);
        malformedReports.set(0);
        spApiRateLimits.set(0);
        spApiServerErrors.set(0);
        spApiAccessDenied.set(0);
        fatalSalesReports.set(0);
        malformedSalesReports.set(0);
        expiredSalesDocuments.set(0);
        truncatedSalesDocuments.set(0);
        latency = Duration.ZERO;
        return this;
    }

    /** "The next n times" counter; guarded by the enclosing instance's lock. */
    private static final class Countdown {
        private int left;

        void set(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("a fault count must not be negative, was " + n);
            }
            left = n;
        }

        boolean take() {
            if (left == 0) {
                return false;
            }
            left--;
            return true;
        }
    }

    synchronized Optional<RateLimit> takeCreateRateLimit() {
        return rateLimitedCreates.take() ? Optional.of(new RateLimit(createRetryAfter)) : Optional.empty();
    }

    synchronized Optional<RateLimit> takeGetRateLimit() {
        return rateLimitedGets.take() ? Optional.of(new RateLimit(getRetryAfter)) : Optional.empty();
    }

    synchronized boolean takeServerError() {
        return serverErrors.take();
    }

    synchronized boolean takeUnauthorized() {
        return unauthorized.take();
    }

    synchronized boolean takeFailingReport() {
        return failingReports.take();
    }

    synchronized boolean takeExpiredDownload() {
        return expiredDownloads.take();
    }

    synchronized boolean takeTruncatedDownload() {
        return truncatedDownloads.take();
    }

    synchronized boolean takeMalformedReport() {
        return malformedReports.take();
    }

    synchronized boolean takeSpApiRateLimit() {
        return spApiRateLimits.take();
    }

    synchronized boolean takeSpApiServerError() {
        return spApiServerErrors.take();
    }

    synchronized boolean takeSpApiAccessDenied() {
        return spApiAccessDenied.take();
    }

    synchronized boolean takeFatalSalesReport() {
        return fatalSalesReports.take();
    }

    synchronized boolean takeMalformedSalesReport() {
        return malformedSalesReports.take();
    }

    synchronized boolean takeExpiredSalesDocument() {
        return expiredSalesDocuments.take();
    }

    synchronized boolean takeTruncatedSalesDocument() {
        return truncatedSalesDocuments.take();
    }

    synchronized Duration currentLatency() {
        return latency;
    }
}
