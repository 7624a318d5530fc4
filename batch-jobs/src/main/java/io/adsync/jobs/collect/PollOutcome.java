package io.adsync.jobs.collect;

import io.adsync.ads.ReportStatus;
import io.adsync.jobs.pending.PendingReport;

/** What Amazon said about one pending report when it was polled. */
public record PollOutcome(PendingReport report, ReportStatus status) {
}
