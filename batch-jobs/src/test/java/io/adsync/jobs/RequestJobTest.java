package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.adsync.ads.AdsAuthenticationException;
import io.adsync.ads.AdsRegion;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

class RequestJobTest extends JobsTestSupport {

    @Test
    void requestsOneReportPerLookbackDayInTheProfilesTimeZone() {
        JobExecution run = runs.await(jobs.requestDaily(ORG));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        LocalDate today = todayInProfileZone();
        assertThat(pending()).extracting(PendingReport::startDate).containsExactlyInAnyOrder(
                today.minusDays(1), today.minusDays(3), today.minusDays(7), today.minusDays(14), today.minusDays(30));
        assertThat(pending()).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(PendingReport.PENDING);
            assertThat(report.endDate()).isEqualTo(report.startDate());
            assertThat(report.profileId()).isEqualTo(PROFILE);
        });
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isEqualTo(5);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.SUCCESS);
        assertThat(lastSyncLog().message()).contains("Requested 5 reports");
    }

    @Test
    void aSecondCallTheSameDayAnswersWithTheFirstRunAndAsksAmazonForNothing() {
        JobExecution first = runs.await(jobs.requestDaily(ORG));
        JobExecution second = runs.await(jobs.requestDaily(ORG));

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isEqualTo(5);
        assertThat(pending()).hasSize(5);
    }

    @Test
    void aRateLimitStormFailsTheRunCleanlyAndItsRestartRequestsEveryReportOnce() {
        // Amazon answers every creation 429, beyond the client's bounded retries
        SANDBOX.faults().rateLimitCreates(1000, null);
        JobExecution stormy = runs.await(jobs.requestDaily(ORG));
        assertThat(stormy.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().message()).containsIgnoringCase("429");
        assertThat(lastSyncLog().credentialsRefused()).isFalse();
        assertThat(pending()).as("nothing was requested during the storm").isEmpty();
        assertThat(SANDBOX.stats().reportsCreated(PROFILE)).isZero();

        SANDBOX.faults().reset();
        JobExecution retried = runs.await(jobs.requestDaily(ORG));

        assertThat(retried.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(retried.getJobInstance().getInstanceId()).isEqualTo(stormy.getJobInstance().getInstanceId());
        assertThat(pending()).hasSize(5);
        assertThat(SANDBOX.stats().reportsCreated(PROFILE)).isEqualTo(5);
    }

    @Test
    void aRefusedRefreshTokenAbortsWithAmazonsReasonInTheSyncLog() {
        settings.saveAmazonAds(ORG, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                "Atzr|revoked", PROFILE, AdsRegion.SANDBOX));

        assertThatThrownBy(() -> jobs.requestDaily(ORG)).isInstanceOf(AdsAuthenticationException.class);

        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().message()).contains("invalid_grant");
        assertThat(lastSyncLog().message()).doesNotContain("Atzr|revoked");
        assertThat(lastSyncLog().credentialsRefused()).isTrue();
        assertThat(pending()).isEmpty();
    }

    @Test
    void aRunThatAmazonRefusesMidwaySaysSoInItsSyncLog() {
        runs.await(jobs.requestDaily(ORG));
        // every API call from now on: 401, also with a freshly issued access token
        SANDBOX.faults().unauthorizedNext(1000);

        JobExecution collect = runs.await(jobs.collect(ORG));

        assertThat(collect.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lastSyncLog().jobName()).isEqualTo(JobNames.COLLECT);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().credentialsRefused()).isTrue();
    }
}
