package io.adsync.web.reports;

import java.time.Instant;
import java.util.List;

import io.adsync.jobs.pending.PendingReport;

/**
 * Where a "Sync Data" run stands: the reports it requested, each with Amazon's status and the rows
 * loaded so far.
 *
 * @param error why it could not run or failed, in plain words; null when it did not fail
 */
public record SyncProgress(Instant startedAt, boolean running, List<PendingReport> reports, String error) {

    public long loaded() {
        return count(PendingReport.COMPLETED);
    }

    public long failed() {
        return count(PendingReport.FAILED);
    }

    public long waiting() {
        return count(PendingReport.PENDING);
    }

    /** Reports no longer waiting: the progress bar's value, out of {@code reports().size()}. */
    public long done() {
        return loaded() + failed();
    }

    public long rows() {
        return reports.stream().mapToLong(PendingReport::rowsLoaded).sum();
    }

    private long count(String status) {
        return reports.stream().filter(report -> status.equals(report.status())).count();
    }
}
