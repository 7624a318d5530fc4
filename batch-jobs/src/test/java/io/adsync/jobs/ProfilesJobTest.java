package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.adsync.ads.AdsProfile;
import io.adsync.ads.AdsRegion;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.profiles.ProfileDiscovery;
import io.adsync.sandbox.SandboxAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One connection, two profiles (London in GBP, Los Angeles in USD): every job runs per profile, in
 * the profile's own day and scope, and one profile's trouble leaves the other alone.
 */
class ProfilesJobTest extends JobsTestSupport {

    private static final long US = SandboxAccounts.PROFILE_US;

    @Autowired
    private ProfileDiscovery discovery;

    @Autowired
    private AmazonAdsClient client;

    @BeforeEach
    void bothProfilesEnabled() {
        discovery.discover(ORG);
        profiles.update(ORG, US, true, List.of("spCampaigns"));
    }

    @Test
    void discoveryListsEveryProfileOfTheConnectionAndKeepsOnlyTheSavedOneEnabled() {
        List<AdvertisingProfile> found = discovery.discover(ORG);

        assertThat(found).extracting(AdvertisingProfile::profileId).containsExactlyInAnyOrder(PROFILE, US,
                SandboxAccounts.PROFILE_DE, SandboxAccounts.PROFILE_JP, SandboxAccounts.PROFILE_AGENCY);
        assertThat(profiles.get(ORG, SandboxAccounts.PROFILE_AGENCY).cannotBeEnabledBecause()).contains("agency");
        assertThat(profiles.get(ORG, US)).satisfies(profile -> {
            assertThat(profile.currencyCode()).isEqualTo("USD");
            assertThat(profile.timezone()).isEqualTo("America/Los_Angeles");
            assertThat(profile.marketplaceId()).isEqualTo("ATVPDKIKX0DER");
            assertThat(profile.accountType()).isEqualTo("seller");
        });
        profiles.update(ORG, US, false, List.of("spCampaigns"));
        discovery.discover(ORG);
        assertThat(profiles.enabled(ORG)).extracting(AdvertisingProfile::profileId).containsExactly(PROFILE);
    }

    @Test
    void eachProfileIsRequestedForItsOwnDayAndLoadedUnderItsOwnId() {
        List<JobExecution> requests = jobs.requestDaily(ORG).stream().map(runs::await).toList();

        assertThat(requests).hasSize(2).allSatisfy(run -> assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        assertThat(requests).extracting(run -> run.getJobParameters().getString(JobNames.DAY))
                .containsExactlyInAnyOrder(LocalDate.now(ZoneId.of("Europe/London")).toString(),
                        LocalDate.now(ZoneId.of("America/Los_Angeles")).toString());
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isEqualTo(WINDOW_REPORTS);
        assertThat(SANDBOX.stats().createReportCalls(US)).isEqualTo(WINDOW_REPORTS);

        runs.collectUntilNothingPending();

        assertThat(pending()).hasSize(2 * WINDOW_REPORTS)
                .allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
        LocalDate yesterdayInLosAngeles = LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1);
        assertThat(rowsOf(US, yesterdayInLosAngeles))
                .isEqualTo(SANDBOX.data().rows(US, yesterdayInLosAngeles, yesterdayInLosAngeles.plusDays(1)).size())
                .isPositive();
        assertThat(rowsOf(PROFILE, todayInProfileZone().minusDays(1))).isPositive();
    }

    @Test
    void oneProfilesRateLimitStormLeavesTheOtherProfileLoading() {
        List<JobExecution> requests = jobs.requestDaily(ORG).stream().map(runs::await).toList();
        assertThat(requests).allSatisfy(run -> assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        amazonFinishesItsReports();
        SANDBOX.faults().rateLimitProfile(US);

        JobExecution collect = runs.await(jobs.collect(ORG));

        assertThat(collect.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(pending()).filteredOn(report -> report.profileId() == PROFILE)
                .allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
        assertThat(pending()).filteredOn(report -> report.profileId() == US)
                .allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.PENDING));
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(rowsOf(US, null)).isZero();
    }

    @Test
    void aRequestStormOfOneProfileFailsOnlyThatProfilesRun() {
        SANDBOX.faults().rateLimitProfile(US);

        List<JobExecution> requests = jobs.requestDaily(ORG).stream().map(runs::await).toList();

        assertThat(requests).extracting(run -> run.getJobParameters().getLong(JobNames.PROFILE_ID), JobExecution::getStatus)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(PROFILE, BatchStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(US, BatchStatus.FAILED));
        assertThat(pending()).filteredOn(report -> report.profileId() == PROFILE).hasSize(WINDOW_REPORTS);
        assertThat(pending()).filteredOn(report -> report.profileId() == US).isEmpty();
    }

    @Test
    void aProfileAmazonNoLongerListsIsKeptDisabledWithTheReasonUntilItIsListedAgain() {
        List<AdsProfile> withoutUs = client.profiles(accounts.credentials(ORG)).stream()
                .filter(profile -> profile.profileId() != US).toList();

        profiles.saveDiscovered(ORG, AdsRegion.SANDBOX, withoutUs);

        AdvertisingProfile missing = profiles.get(ORG, US);
        assertThat(missing.enabled()).isFalse();
        assertThat(missing.cannotBeEnabledBecause()).contains("no longer lists");
        assertThat(missing.currencyCode()).as("what was known of it stays").isEqualTo("USD");
        discovery.discover(ORG);
        assertThat(profiles.get(ORG, US).cannotBeEnabledBecause()).isNull();
        assertThat(profiles.get(ORG, US).enabled()).as("enabling it again is the user's call").isFalse();
    }

    @Test
    void aReportPendingWhenItsProfileIsDisabledIsStillCollectedUnderItsOwnScope() {
        jobs.requestDaily(ORG).forEach(runs::await);
        profiles.update(ORG, US, false, List.of("spCampaigns"));

        runs.collectUntilNothingPending();

        assertThat(pending()).filteredOn(report -> report.profileId() == US).hasSize(WINDOW_REPORTS)
                .allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
        assertThat(SANDBOX.stats().getReportCalls(US)).isPositive();
        assertThat(rowsOf(US, null)).isPositive();
    }

    private long rowsOf(long profileId, LocalDate date) {
        return jdbc.sql("select count(*) from amazon_sp_ads where org_id = ? and profile_id = ?"
                        + " and (cast(? as date) is null or date = ?)")
                .params(ORG, profileId, date, date).query(Long.class).single();
    }
}
