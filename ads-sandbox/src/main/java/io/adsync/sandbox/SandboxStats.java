package io.adsync.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the sandbox was asked, so tests can assert on the conversation (for example that a second cron call on the
 * same day created no report at Amazon). A call is counted when it arrives, whatever it is answered (429, 425 ...).
 */
public final class SandboxStats {

    private final AtomicLong tokenCalls = new AtomicLong();
    private final AtomicLong profileCalls = new AtomicLong();
    private final Map<Long, AtomicLong> createReportCalls = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> reportsCreated = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> getReportCalls = new ConcurrentHashMap<>();
    private final AtomicLong downloads = new AtomicLong();
    private final AtomicLong spApiCalls = new AtomicLong();
    private final AtomicLong salesReportsCreated = new AtomicLong();

    SandboxStats() {
    }

    /** Requests to the token endpoint. */
    public long tokenCalls() {
        return tokenCalls.get();
    }

    /** Authenticated {@code GET /v2/profiles} requests. */
    public long profileCalls() {
        return profileCalls.get();
    }

    /** Authenticated {@code POST /reporting/reports} requests for the profile, answered 200 or not. */
    public long createReportCalls(long profileId) {
        return read(createReportCalls, profileId);
    }

    /** Authenticated {@code POST /reporting/reports} requests over all profiles. */
    public long createReportCalls() {
        return sum(createReportCalls);
    }

    /** Reports actually created for the profile (200 answers; not 425 duplicates, 400s or 429s). */
    public long reportsCreated(long profileId) {
        return read(reportsCreated, profileId);
    }

    /** Authenticated {@code GET /reporting/reports/{id}} requests for the profile. */
    public long getReportCalls(long profileId) {
        return read(getReportCalls, profileId);
    }

    /** Authenticated {@code GET /reporting/reports/{id}} requests over all profiles. */
    public long getReportCalls() {
        return sum(getReportCalls);
    }

    /** Requests to download URLs, served or refused (expired, bad signature). */
    public long downloads() {
        return downloads.get();
    }

    /** Authenticated Selling Partner API calls (reports and documents), answered 2xx or not. */
    public long spApiCalls() {
        return spApiCalls.get();
    }

    /** Sales and Traffic reports created (202 answers; not 429s or 400s). */
    public long salesReportsCreated() {
        return salesReportsCreated.get();
    }

    public void reset() {
        spApiCalls.set(0);
        salesReportsCreated.set(0);
        tokenCalls.set(0);
        profileCalls.set(0);
        createReportCalls.clear();
        reportsCreated.clear();
        getReportCalls.clear();
        downloads.set(0);
    }

    void recordTokenCall() {
        tokenCalls.incrementAndGet();
    }

    void recordApiCall(ApiCall call, long profileId) {
        switch (call) {
            case PROFILES -> profileCalls.incrementAndGet();
            case CREATE_REPORT -> increment(createReportCalls, profileId);
            case GET_REPORT -> increment(getReportCalls, profileId);
        }
    }

    void recordReportCreated(long profileId) {
        increment(reportsCreated, profileId);
    }

    void recordSpApiCall() {
        spApiCalls.incrementAndGet();
    }

    void recordSalesReportCreated() {
        salesReportsCreated.incrementAndGet();
    }

    void recordDownload() {
        downloads.incrementAndGet();
    }

    private static void increment(Map<Long, AtomicLong> counters, long profileId) {
        counters.computeIfAbsent(profileId, id -> new AtomicLong()).incrementAndGet();
    }

    private static long read(Map<Long, AtomicLong> counters, long profileId) {
        AtomicLong counter = counters.get(profileId);
        return counter == null ? 0 : counter.get();
    }

    private static long sum(Map<Long, AtomicLong> counters) {
        return counters.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
