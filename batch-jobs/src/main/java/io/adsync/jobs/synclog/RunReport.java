package io.adsync.jobs.synclog;

import java.util.Map;

/** What one job run did: the {@code sync_logs} status, a plain-words message, rows, and details. */
public record RunReport(String status, String message, long rows, Map<String, Object> details) {
}
