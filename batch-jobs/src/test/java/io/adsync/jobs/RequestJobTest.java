package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.adsync.ads.AdsAuthenticationException;
import io.adsync.ads.AdsRegion;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

class RequestJobTest extends JobsTestSupport {

    @Test
    void requestsEveryDayOfTheRefreshWindowAsReportsOfAtMost31DaysNewestFirst() {
        JobExecution run = runs.await(jobs.requestDaily(ORG, PROFILE));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        LocalDate today = todayInProfileZone();
        assertThat(pendingReports.findByJobInstance(run.getJobInstance().getInstanceId()).stream()
                .sorted(java.util.Comparator.comparingLong(PendingReport::id)))
                .as("in the order requested").extracting(PendingReport::range)
                .containsExactly(new DateRange(today.minusDays(31), today.minusDays(1)),
                        new DateRange(today.minusDays(60), today.minusDays(32)));
        assertThat(pending()).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(PendingReport.PENDING);
            assertThat(report.profileId()).isEqualTo(PROFILE);
        });
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isEqualTo(WINDOW_REPORTS);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.SUCCESS);
        assertThat(lastSyncLog().message()).contains("Requested 2 reports");
    }

    @Test
    void aSecondCallTheSameDayAnswersWithTheFirstRunAndAsksAmazonForNothing() {
        JobExecution first = runs.await(jobs.requestDaily(ORG, PROFILE));
        JobExecution second = runs.await(jobs.requestDaily(ORG, PROFILE));

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isEqualTo(WINDOW_REPORTS);
        assertThat(pending()).hasSize(WINDOW_REPORTS);
    }

    @Test
    void aRateLimitStormFailsTheRunCleanlyAndItsRestartRequestsEveryReportOnce() {
        // Amazon answers every creation 429, beyond the client's bounded retries
        SANDBOX.faults().rateLimitCreates(1000, null);
        JobExecution stormy = runs.await(jobs.requestDaily(ORG, PROFILE));
        assertThat(stormy.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().message()).containsIgnoringCase("429");
        assertThat(lastSyncLog().credentialsRefused()).isFalse();
        assertThat(pending()).as("nothing was requested during the storm").isEmpty();
        assertThat(SANDBOX.stats().reportsCreated(PROFILE)).isZero();

        SANDBOX.faults().reset();
        JobExecution retried = runs.await(jobs.requestDaily(ORG, PROFILE));

        assertThat(retried.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(retried.getJobInstance().getInstanceId()).isEqualTo(stormy.getJobInstance().getInstanceId());
        assertThat(pending()).hasSize(WINDOW_REPORTS);
        assertThat(SANDBOX.stats().reportsCreated(PROFILE)).isEqualTo(WINDOW_REPORTS);
    }

    @Test
    void aRefusedRefreshTokenAbortsWithAmazonsReasonInTheSyncLog() {
        settings.saveAmazonAds(ORG, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                "Atzr|revoked", PROFILE, AdsRegion.SANDBOX));

        assertThatThrownBy(() -> jobs.requestDaily(ORG, PROFILE)).isInstanceOf(AdsAuthenticationException.class);

        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().message()).contains("invalid_grant");
        assertThat(lastSyncLog().message()).doesNotContain("Atzr|revoked");
        assertThat(lastSyncLog().credentialsRefused()).isTrue();
        assertThat(pending()).isEmpty();
    }

    @Test
    void aRunThatAmazonRefusesMidwaySaysSoInItsSyncLog() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        // every API call from now on: 401, also with a freshly issued access token
        SANDBOX.faults().unauthorizedNext(1000);

        JobExecution collect = runs.await(jobs.collect(ORG));

        assertThat(collect.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lastSyncLog().jobName()).isEqualTo(JobNames.COLLECT);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().credentialsRefused()).isTrue();
    }
}
