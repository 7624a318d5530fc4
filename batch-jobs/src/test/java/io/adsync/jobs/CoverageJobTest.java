package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.adsync.coverage.CoveredDay;
import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.backfill.BackfillResult;
import io.adsync.jobs.backfill.BackfillResults;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.report.ReportCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A loaded day is a day a completed report covered, and it holds exactly what Amazon's latest
 * report of it holds: days without activity count as loaded, rows Amazon stopped reporting go, and
 * every count of a run's rows is the same number.
 */
class CoverageJobTest extends JobsTestSupport {

    /** a campaign id the sandbox never reports */
    private static final long DROPPED_CAMPAIGN = 999_999_999_999_999L;

    @Autowired
    private ReportCoverage coverage;
    @Autowired
    private BackfillResults backfillResults;

    @Test
    void aDayWithoutActivityIsLoadedWithZeroRowsAndTheNextBackfillSkipsIt() {
        LocalDate today = todayInProfileZone();
        LocalDate quiet = today.minusDays(3);
        SANDBOX.data().quiet(quiet);

        JobExecution first = runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 5, 5));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<CoveredDay> covered = coverage.days(ORG, ReportCatalog.SP_CAMPAIGNS, today.minusDays(5),
                today.minusDays(1));
        assertThat(covered).extracting(CoveredDay::date)
                .containsExactly(today.minusDays(5), today.minusDays(4), quiet, today.minusDays(2), today.minusDays(1));
        assertThat(covered).filteredOn(day -> day.date().equals(quiet)).singleElement()
                .satisfies(day -> assertThat(day.rows()).isZero());
        assertThat(covered).filteredOn(day -> !day.date().equals(quiet))
                .allSatisfy(day -> assertThat(day.rows()).isEqualTo(rowCount(day.date())).isPositive());
        SANDBOX.stats().reset();

        JobExecution second = runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 5, 5));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isZero();
        assertThat(backfillResults.of(second)).hasSize(5)
                .allSatisfy(result -> assertThat(result.status()).isEqualTo(BackfillResult.SKIPPED));
    }

    @Test
    void aCampaignAmazonNoLongerReportsForARestatedDayIsDeletedWithTheLoad() {
        LocalDate today = todayInProfileZone();
        LocalDate restated = today.minusDays(1);
        storeOldRow(restated, PROFILE, DROPPED_CAMPAIGN);
        storeOldRow(restated, PROFILE + 1, DROPPED_CAMPAIGN - 1);

        jobs.manualSync(ORG, null);

        assertTableEqualsSandboxForProfile(restated, today);
        assertThat(rowsOf(DROPPED_CAMPAIGN)).as("the campaign Amazon dropped").isZero();
        assertThat(rowsOf(DROPPED_CAMPAIGN - 1)).as("another profile's row of the day").isOne();
    }

    @Test
    void aLoadThatDiesInItsLastChunkLeavesTheRestatedDayExactlyAsACleanRunDoes() throws Exception {
        LocalDate today = todayInProfileZone();
        LocalDate restated = today.minusDays(3);
        storeOldRow(restated, PROFILE, DROPPED_CAMPAIGN);
        runs.await(jobs.requestDaily(ORG, PROFILE));
        // each one-day report fits in one chunk, so the cut-off download dies in its last chunk
        SANDBOX.faults().truncateNextDownloads(1);
        amazonFinishesItsReports();

        JobExecution broken = runs.await(jobs.collect(ORG));

        assertThat(broken.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(pending()).filteredOn(report -> PendingReport.PENDING.equals(report.status())).isNotEmpty();

        runs.collectUntilNothingPending();

        for (int days : List.of(1, 3, 7, 14, 30)) {
            assertTableEqualsSandbox(today.minusDays(days), today);
        }
        assertThat(rowsOf(DROPPED_CAMPAIGN)).isZero();
        assertThat(coverage.days(ORG, ReportCatalog.SP_CAMPAIGNS, restated, restated)).singleElement()
                .satisfies(day -> assertThat(day.rows()).isEqualTo(rowCount(restated)));
    }

    @Test
    void rowsLoadedStepCountsSyncLogAndBackfillResultsCountTheSameRows() {
        LocalDate today = todayInProfileZone();
        runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 10, 5));
        // two gaps, one range report between them: the four loaded days inside it are fetched again
        forget(today.minusDays(8));
        forget(today.minusDays(3));
        SANDBOX.stats().reset();

        JobExecution refill = runs.await(jobs.backfill(ORG, PROFILE, ReportCatalog.SP_CAMPAIGNS, 10, 5));

        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).isOne();
        List<BackfillResult> results = backfillResults.of(refill);
        assertThat(results).filteredOn(result -> result.status().equals(BackfillResult.SUCCESS))
                .extracting(BackfillResult::date)
                .containsExactlyElementsOf(today.minusDays(8).datesUntil(today.minusDays(2)).toList());
        assertThat(results).filteredOn(result -> result.status().equals(BackfillResult.SKIPPED)).hasSize(4);
        long resultRows = BackfillResult.Summary.of(results).rows();
        long rowsLoaded = pendingReports.findByJobInstance(refill.getJobInstance().getInstanceId()).stream()
                .mapToLong(PendingReport::rowsLoaded).sum();
        long stepWrites = refill.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(JobNames.LOAD_WORKER_STEP + ":"))
                .mapToLong(StepExecution::getWriteCount).sum();
        long storedRows = jdbc.sql("select count(*) from amazon_sp_ads where date between ? and ?")
                .params(today.minusDays(8), today.minusDays(3)).query(Long.class).single();
        assertThat(resultRows).isPositive().isEqualTo(rowsLoaded).isEqualTo(stepWrites).isEqualTo(storedRows)
                .isEqualTo(lastSyncLog().rows());
        assertThat(lastSyncLog().message()).startsWith("Backfill of 10 days: 6 fetched (" + resultRows + " rows), "
                + "4 already loaded");
    }

    /** A row written an hour ago, before any load of this test began. */
    private void storeOldRow(LocalDate date, long profileId, long campaignId) {
        jdbc.sql("""
                insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, campaign_name, cost, sales_14d,
                                           created_at, updated_at)
                values (?, ?, ?, ?, 'Paused long ago', 12.50, 30.00, now() - interval '1 hour',
                        now() - interval '1 hour')""")
                .params(ORG, profileId, date, campaignId).update();
    }

    /** The day as if it had never been loaded. */
    private void forget(LocalDate date) {
        jdbc.sql("delete from amazon_sp_ads where date = ?").param(date).update();
        jdbc.sql("delete from report_coverage where date = ?").param(date).update();
    }

    private long rowsOf(long campaignId) {
        return jdbc.sql("select count(*) from amazon_sp_ads where campaign_id = ?").param(campaignId)
                .query(Long.class).single();
    }

    private void assertTableEqualsSandboxForProfile(LocalDate date, LocalDate asOf) {
        long otherProfiles = jdbc.sql("select count(*) from amazon_sp_ads where date = ? and profile_id <> ?")
                .params(date, PROFILE).query(Long.class).single();
        assertThat(rowCount(date) - otherProfiles).isEqualTo(SANDBOX.data().rows(PROFILE, date, asOf).size());
    }
}
