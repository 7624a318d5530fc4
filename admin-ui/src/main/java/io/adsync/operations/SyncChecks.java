package io.adsync.operations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.jobs.synclog.SyncLogRepository;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.report.ReportCatalog;
import io.adsync.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the health endpoint and the alerts ask of each org that syncs: how its last runs ended
 * (from {@code sync_logs}, which also holds the runs that could not even start, e.g. refused
 * credentials) and whether its yesterday is loaded in time ({@code report_coverage}).
 */
@Component
public class SyncChecks {

    private static final Logger log = LoggerFactory.getLogger(SyncChecks.class);
    /** the runs whose failure means the daily data does not arrive */
    private static final List<String> DAILY_JOBS = List.of(JobNames.REQUEST, JobNames.COLLECT);

    private final SettingsStore settings;
    private final SyncLogRepository syncLogs;
    private final ReportCoverage coverage;
    private final AdsAccounts accounts;
    private final AlertsProperties properties;

    public SyncChecks(SettingsStore settings, SyncLogRepository syncLogs, ReportCoverage coverage,
                      AdsAccounts accounts, AlertsProperties properties) {
        this.settings = settings;
        this.syncLogs = syncLogs;
        this.coverage = coverage;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** The orgs with Amazon Ads settings: the ones the jobs run for. */
    public List<Long> orgs() {
        return settings.orgsWithAmazonAds();
    }

    /** The org's last run of each job, oldest first. */
    public List<SyncLog> lastRuns(long orgId) {
        return syncLogs.lastOfEachJob(orgId);
    }

    /** The last request or collect of the org, when it failed. */
    public Optional<SyncLog> failedDailyRun(long orgId) {
        return lastRuns(orgId).stream()
                .filter(run -> DAILY_JOBS.contains(run.jobName()) && SyncLog.ERROR.equals(run.status()))
                .reduce((first, second) -> second);
    }

    /**
     * The first enabled profile whose yesterday (profile time) is past {@code fresh-by} of the
     * profile's day and not loaded. A profile whose time zone cannot be known (Amazon refuses the
     * credentials) is not checked: that shows as a failed run instead.
     */
    public Optional<LateDay> lateDay(long orgId) {
        for (AdvertisingProfile profile : accounts.enabledProfiles(orgId)) {
            ZoneId zone;
            try {
                zone = accounts.zone(orgId, profile.profileId());
            } catch (RuntimeException e) {
                log.debug("No freshness check for org {} profile {}: {}", orgId, profile.profileId(), e.getMessage());
                continue;
            }
            ZonedDateTime now = ZonedDateTime.now(zone);
            if (now.toLocalTime().isBefore(properties.freshBy())) {
                continue;
            }
            LocalDate yesterday = now.toLocalDate().minusDays(1);
            boolean loaded = !coverage.loadedDates(orgId, profile.profileId(), ReportCatalog.SP_CAMPAIGNS,
                    yesterday, yesterday).isEmpty();
            if (!loaded) {
                return Optional.of(new LateDay(orgId, profile.profileId(), ReportCatalog.SP_CAMPAIGNS, yesterday,
                        properties.freshBy()));
            }
        }
        return Optional.empty();
    }
}
