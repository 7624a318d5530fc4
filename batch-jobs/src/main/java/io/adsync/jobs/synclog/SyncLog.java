package io.adsync.jobs.synclog;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** One row of {@code sync_logs}: what a job run did, in plain words. */
public record SyncLog(
        long id,
        long orgId,
        String source,
        String jobName,
        String status,
        String message,
        long rows,
        Instant startedAt,
        Instant finishedAt,
        String details) {

    public static final String SOURCE = "amazon_ads";
    public static final String SUCCESS = "success";
    public static final String PARTIAL = "partial";
    public static final String ERROR = "error";
    /** a detail ({@code true}) of a run that failed because Amazon refused the credentials */
    public static final String CREDENTIALS_REFUSED = "credentialsRefused";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Whether the run failed because Amazon refused the credentials. */
    public boolean credentialsRefused() {
        return details != null && JSON.readTree(details).path(CREDENTIALS_REFUSED).asBoolean(false);
    }

    /** The {@code details} column's JSON of a run's details. */
    public static String detailsJson(Map<String, Object> details) {
        return JSON.writeValueAsString(details);
    }
}
