package io.adsync.jobs.schedule;

import io.adsync.sales.SalesJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.profiles.AdsProfiles;
import io.adsync.profiles.AdvertisingProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * What the built-in schedule runs ({@link SchedulingConfiguration}): each enabled profile's request
 * once a day at {@code adsync.jobs.scheduler.request-time} of the profile's own day (09:00 in London
 * and 09:00 in Los Angeles, so yesterday is over and complete in both), collect daily and every 15
 * minutes while reports are pending. The request check runs every 15 minutes and starts the profiles
 * whose request hour it is; the run is identified by org, profile and day, so the later checks of
 * that hour (and other instances on the same database) find it and start nothing, except that a
 * failed one is restarted. A scheduled collect is identified by org and the minute it was due, so the
 * job repository lets exactly one instance run it. Each call only launches runs on the batch
 * executor, so a long run never holds the scheduler's one thread. Off with
 * {@code adsync.jobs.scheduler.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "adsync.jobs.scheduler.enabled", matchIfMissing = true)
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final AdsJobs jobs;
    private final AdsAccounts accounts;
    private final AdsProfiles profiles;
    private final PendingReportRepository pendingReports;
    private final JobsProperties properties;
    private final ObjectProvider<SalesJobs> sales;

    public JobScheduler(AdsJobs jobs, AdsAccounts accounts, AdsProfiles profiles,
                        PendingReportRepository pendingReports, JobsProperties properties) {
        this(jobs, accounts, profiles, pendingReports, properties, null);
    }

    @Autowired
    public JobScheduler(AdsJobs jobs, AdsAccounts accounts, AdsProfiles profiles,
                        PendingReportRepository pendingReports, JobsProperties properties,
                        ObjectProvider<SalesJobs> sales) {
        this.sales = sales;
        this.jobs = jobs;
        this.accounts = accounts;
        this.profiles = profiles;
        this.pendingReports = pendingReports;
        this.properties = properties;
    }

    public void request() {
        request(Instant.now());
    }

    /**
     * Starts the request of every enabled profile whose local time at {@code now} is in its request hour, and the
     * daily sales run of every org with SP-API credentials whose marketplace is in that hour.
     */
    public void request(Instant now) {
        requestSales(now);
        for (long orgId : profiles.orgsWithEnabledProfiles()) {
            for (AdvertisingProfile profile : profiles.enabled(orgId)) {
                try {
                    if (isRequestHour(now.atZone(accounts.zone(orgId, profile.profileId())).toLocalTime())) {
                        jobs.requestDaily(orgId, profile.profileId());
                    }
                } catch (RuntimeException e) {
                    log.error("Scheduled request for org {} profile {} did not start: {}", orgId,
                            profile.profileId(), PlainWords.of(e));
                }
            }
        }
    }

    private void requestSales(Instant now) {
        SalesJobs salesJobs = sales == null ? null : sales.getIfAvailable();
        if (salesJobs == null) {
            return;
        }
        for (long orgId : salesJobs.connectedOrgs()) {
            try {
                if (isRequestHour(now.atZone(salesJobs.zone(orgId)).toLocalTime())) {
                    salesJobs.daily(orgId);
                }
            } catch (RuntimeException e) {
                log.error("Scheduled sales run for org {} did not start: {}", orgId, PlainWords.of(e));
            }
        }
    }

    private boolean isRequestHour(LocalTime local) {
        LocalTime requestTime = properties.scheduler().requestTime();
        LocalTime end = requestTime.plusHours(1);
        return end.isAfter(requestTime)
                ? !local.isBefore(requestTime) && local.isBefore(end)
                : !local.isBefore(requestTime) || local.isBefore(end);
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
        for (long orgId : profiles.orgsWithEnabledProfiles()) {
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
