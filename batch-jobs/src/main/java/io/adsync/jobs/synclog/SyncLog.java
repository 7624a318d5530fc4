package io.adsync.jobs.synclog;

import java.time.Instant;

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
}
