package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.adsync.jobs.backfill.BackfillResult;
import io.adsync.jobs.backfill.BackfillResults;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.report.ReportCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

class BackfillJobTest extends JobsTestSupport {

    @Autowired
    private BackfillResults backfillResults;

    @Test
    void sixtyDaysTakeAtMostTwoReportsAndFillEveryDayTheSandboxHasDataFor() {
        JobExecution backfill = runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 60, 5));

        assertThat(backfill.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isLessThanOrEqualTo(2);
        LocalDate today = todayInProfileZone();
        for (int days = 1; days <= 60; days++) {
            assertTableEqualsSandbox(today.minusDays(days), today);
        }
        List<BackfillResult> results = backfillResults.of(backfill);
        assertThat(results).hasSize(60).allSatisfy(result -> assertThat(result.status()).isEqualTo(BackfillResult.SUCCESS));
        assertThat(results.stream().mapToLong(BackfillResult::rows).sum()).isEqualTo(rowCount());
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.SUCCESS);
        assertThat(lastSyncLog().message()).startsWith("Backfill of 60 days: 60 fetched");
    }

    @Test
    void daysAlreadyLoadedAreSkippedAndOnlyTheGapIsRequested() {
        runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 10, 5));
        LocalDate gap = todayInProfileZone().minusDays(4);
        jdbc.sql("delete from amazon_sp_ads where date = ?").param(gap).update();
        jdbc.sql("delete from report_coverage where date = ?").param(gap).update();
        SANDBOX.stats().reset();

        JobExecution refill = runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 10, 5));

        assertThat(refill.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isEqualTo(1);
        List<BackfillResult> results = backfillResults.of(refill);
        assertThat(results).filteredOn(result -> result.status().equals(BackfillResult.SUCCESS))
                .extracting(BackfillResult::date).containsExactly(gap);
        assertThat(results).filteredOn(result -> result.status().equals(BackfillResult.SKIPPED)).hasSize(9);
        assertTableEqualsSandbox(gap, todayInProfileZone());
    }

    @Test
    void aReportAmazonFailsShowsItsDaysAsErrors() {
        SANDBOX.faults().failNextReports(1);

        JobExecution backfill = runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 5, 5));

        assertThat(backfill.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(backfillResults.of(backfill)).hasSize(5).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(BackfillResult.ERROR);
            assertThat(result.error()).startsWith("Amazon could not generate the report");
        });
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.PARTIAL);
    }
}
