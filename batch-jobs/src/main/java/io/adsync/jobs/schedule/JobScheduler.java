package io.adsync.jobs.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The built-in schedule (UTC): request daily, collect daily and every 15 minutes while reports are
 * pending, for every org with Amazon Ads settings. Several instances on one database may all fire:
 * the request run is identified by org and day, and a scheduled collect by org and the minute it
 * was due, so the job repository lets exactly one of them run (the others find the instance
 * running or complete and do nothing). Each call only launches runs on the batch executor, so a
 * long run, or a restart that must end before the next collect, never holds the scheduler's one
 * thread. Off with {@code adsync.jobs.scheduler.enabled=false}.
 */
@Component
@ConditionalOnProperty(prefix = "adsync.jobs.scheduler", name = "enabled", havingValue = "true", matchIfMissing = true)
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

    @Scheduled(cron = "${adsync.jobs.scheduler.request-cron:0 0 9 * * *}", zone = "UTC")
    public void request() {
        for (long orgId : settings.orgsWithAmazonAds()) {
            try {
                jobs.requestDaily(orgId);
            } catch (RuntimeException e) {
                log.error("Scheduled request for org {} did not start: {}", orgId, PlainWords.of(e));
            }
        }
    }

    @Scheduled(cron = "${adsync.jobs.scheduler.collect-cron:0 30 9 * * *}", zone = "UTC")
    public void collect() {
        collectAll();
    }

    @Scheduled(cron = "${adsync.jobs.scheduler.pending-collect-cron:0 */15 * * * *}", zone = "UTC")
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
