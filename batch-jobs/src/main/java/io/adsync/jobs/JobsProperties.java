package io.adsync.jobs;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the request, collect and backfill jobs ({@code adsync.jobs.*}).
 *
 * @param refreshDays         the refresh window: every day of the last N before "today" (profile time
 *                            zone) is fetched again daily, as reports of at most 31 days; Amazon
 *                            restates conversions up to about 42 days after the ad day
 * @param chunkSize           report rows per transaction in the load step; every chunk costs a dozen
 *                            statements of bookkeeping, so smaller chunks load slower (1,000 rows:
 *                            about 0.9x the speed of 5,000, see the README's Performance section);
 *                            two chunks are parsed ahead, so memory grows with it
 * @param pendingTimeout      a report still not COMPLETED after this is marked failed (timed out)
 * @param retention           completed and failed pending-report rows are deleted after this
 * @param maxLoadAttempts     downloads of one report that may fail before it is marked failed
 * @param pollInterval        pause between polls in backfill and manual sync
 * @param syncTimeout         how long a manual sync polls before leaving reports pending
 * @param restartWait         how long a collect call's follow-up waits for the restart of a failed
 *                            collect before its new run; past it, the next call starts one
 * @param routeWait           how long the request and collect routes wait for their run before
 *                            answering 202 while it carries on (an HTTP scheduler's timeout is
 *                            typically 5 minutes)
 * @param shutdownWait        at shutdown, how long running executions get to commit their current
 *                            chunk and stop (restartable) before the database goes away
 * @param maxSkippedRows      malformed rows one report may skip before its load fails
 * @param heartbeatInterval   how often this instance says it is alive
 * @param staleAfter          an instance silent this long is dead; its RUNNING executions are recovered
 * @param scheduler           the built-in cron schedule
 */
@ConfigurationProperties("adsync.jobs")
public record JobsProperties(
        @DefaultValue("60") int refreshDays,
        @DefaultValue("5000") int chunkSize,
        @DefaultValue("24h") Duration pendingTimeout,
        @DefaultValue("24h") Duration retention,
        @DefaultValue("3") int maxLoadAttempts,
        @DefaultValue("15s") Duration pollInterval,
        @DefaultValue("3m") Duration syncTimeout,
        @DefaultValue("1h") Duration restartWait,
        @DefaultValue("270s") Duration routeWait,
        @DefaultValue("20s") Duration shutdownWait,
        @DefaultValue("1000") int maxSkippedRows,
        @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("60s") Duration staleAfter,
        @DefaultValue Scheduler scheduler) {

    /**
     * @param enabled            switch the built-in schedule off (e.g. when an external scheduler calls
     *                           the cron routes)
     * @param requestTime        when each profile's daily request runs, in the profile's time zone
     * @param requestCheckCron   how often the schedule looks for profiles whose request time it is, UTC
     * @param collectCron        daily collect run, UTC
     * @param pendingCollectCron extra collect runs while reports are pending, UTC
     */
    public record Scheduler(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("09:00") LocalTime requestTime,
            @DefaultValue("0 */15 * * * *") String requestCheckCron,
            @DefaultValue("0 30 9 * * *") String collectCron,
            @DefaultValue("0 */15 * * * *") String pendingCollectCron) {
    }
}
