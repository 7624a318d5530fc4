package io.adsync.jobs;

/** Names of the jobs and of the job parameters they share. */
public final class JobNames {

    public static final String REQUEST = "amazonAdsRequestJob";
    public static final String COLLECT = "amazonAdsCollectJob";
    public static final String BACKFILL = "amazonAdsBackfillJob";

    /** identifying: the organization whose profile the run works for */
    public static final String ORG_ID = "orgId";
    /** identifying: the advertising profile a request or backfill run works for (collect polls all of them) */
    public static final String PROFILE_ID = "profileId";
    /** identifying: the report type a backfill run fetches (a request run asks for every type of its profile) */
    public static final String REPORT_TYPE = "reportType";
    /** identifying: the profile-local day of a daily request run */
    public static final String DAY = "day";
    /** identifying: makes a run new (a timestamp, or the scheduler's fire time) */
    public static final String RUN = "run";
    /** non-identifying: who asked for the report (request, sync) */
    public static final String ORIGIN = "origin";
    /** identifying: backfill window and reports in flight */
    public static final String DAYS = "days";
    public static final String BATCH = "batch";
    /** identifying, optional: a backfill of exactly the days from..to (the console's "backfill these days") */
    public static final String FROM = "from";
    public static final String TO = "to";

    /** Worker steps of the partitioned load are named {@code loadReportStep:report-<id>}. */
    public static final String LOAD_WORKER_STEP = "loadReportStep";

    private JobNames() {
    }
}
