package io.adsync.jobs.pending;

/** Which job asked Amazon for a report; collect leaves backfill's reports to the backfill run. */
public enum ReportOrigin {
    REQUEST, SYNC, BACKFILL;

    public String value() {
        return name().toLowerCase();
    }
}
