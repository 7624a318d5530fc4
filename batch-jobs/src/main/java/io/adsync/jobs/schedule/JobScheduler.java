package io.adsync.jobs.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * What the built-in schedule runs ({@link SchedulingConfiguration}, UTC): request daily, collect
 * daily and every 15 minutes while reports are pending, for every org with Amazon Ads settings.
 * Several instances on one database may all fire: the request run is identified by org and day,
 * and a scheduled collect by org and the minute it was due, so the job repository lets exactly one
 * of them run (the others find the instance running or complete and do nothing). Each call only launches runs on the batch executor, so a
 * long run, or a restart that must end before the next collect, never holds the scheduler's one
 * thread. Off with {@code adsync.jobs.scheduler.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "adsync.jobs.scheduler.enabled", matchIfMissing = true)
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final AdsJobs jobs;
    private final SettingsStore settings;
    private final PendingReportRepository pendingReports;

    public JobScheduler(AdsJobs jobs, SettingsStore settings, PendingReportRepository pendingReports) {
        this.jobs = jobs;
        this.settings = settings;
        this.pendingReports = pendingReports;
    }

    public void request() {
        for (long orgId : settings.orgsWithAmazonAds()) {
            try {
                jobs.requestDaily(orgId);
            } catch (RuntimeException e) {
                log.error("Scheduled request for org {} did not start: {}", orgId, PlainWords.of(e));
            }
        }
    }

    public void collect() {
        collectAll();
    }

    public void collectWhilePending() {
        if (pendingReports.anyPending()) {
            collectAll();
        }
    }

    private void collectAll() {
        String slot = "scheduled-" + Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (long orgId : settings.orgsWithAmazonAds()) {
            if (pendingReports.countPending(orgId) == 0) {
                continue;
            }
            try {
                jobs.collect(orgId, slot);
            } catch (RuntimeException e) {
                log.error("Scheduled collect for org {} did not start: {}", orgId, PlainWords.of(e));
            }
        }
    }
}
