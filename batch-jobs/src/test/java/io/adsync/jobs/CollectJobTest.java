package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.synclog.SyncLog;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class CollectJobTest extends JobsTestSupport {

    @Autowired
    @Qualifier("amazonAdsRequestJob")
    private Job requestJob;

    @Test
    void loadsEveryDayOfTheRefreshWindowRowForRowAsTheSandboxHasIt() {
        runs.await(jobs.requestDaily(ORG, PROFILE));

        runs.collectUntilNothingPending();

        LocalDate today = todayInProfileZone();
        for (LocalDate day = today.minusDays(REFRESH_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            assertTableEqualsSandbox(day, today);
        }
        assertThat(pending()).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(PendingReport.COMPLETED);
            assertThat(report.rowsLoaded()).isEqualTo(rowCount(report.startDate(), report.endDate()));
        });
        String extra = jdbc.sql("select extra::text from amazon_sp_ads limit 1").query(String.class).single();
        assertThat(extra).as("keys without a column are kept").contains("campaignTargetingType");
    }

    @Test
    void recordsPerReportStepCountsInTheJobRepository() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();

        JobExecution collect = runs.await(jobs.collect(ORG));

        assertThat(collect.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> loads = collect.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("loadReportStep:")).toList();
        assertThat(loads).hasSize(WINDOW_REPORTS);
        assertThat(loads.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(rowCount());
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.SUCCESS);
        assertThat(lastSyncLog().rows()).isEqualTo(rowCount());
    }

    @Test
    void onlyReportsAmazonHasFinishedAreLoadedTheOthersStayPending() {
        JobExecution finished = runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();
        CLOCK.freeze();
        JobExecution unfinished = runs.await(runner.start(requestJob, new JobParametersBuilder()
                .addLong(JobNames.ORG_ID, ORG)
                .addLong(JobNames.PROFILE_ID, PROFILE)
                .addString(JobNames.DAY, todayInProfileZone().toString())
                .addString(JobNames.RUN, "requested after the first ones finished")
                .toJobParameters()));

        JobExecution collect = runs.await(jobs.collect(ORG));

        assertThat(collect.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        LocalDate today = todayInProfileZone();
        assertThat(reportsOf(finished)).hasSize(WINDOW_REPORTS).allSatisfy(report -> {
            assertThat(report.amazonStatus()).isEqualTo("COMPLETED");
            assertThat(report.status()).isEqualTo(PendingReport.COMPLETED);
            assertThat(report.rowsLoaded()).isEqualTo(sandboxRows(report.startDate(), report.endDate(), today));
        });
        assertThat(reportsOf(unfinished)).hasSize(WINDOW_REPORTS).allSatisfy(report -> {
            assertThat(report.amazonStatus()).isEqualTo("PENDING");
            assertThat(report.status()).isEqualTo(PendingReport.PENDING);
            assertThat(report.rowsLoaded()).isZero();
        });
        assertThat(rowCount()).isEqualTo(reportsOf(finished).stream().mapToLong(PendingReport::rowsLoaded).sum());
    }

    private List<PendingReport> reportsOf(JobExecution request) {
        return pendingReports.findByJobInstance(request.getJobInstance().getInstanceId());
    }

    @Test
    void aReportAmazonFailedIsMarkedFailedWithItsReason() {
        SANDBOX.faults().failNextReports(1);
        runs.await(jobs.requestDaily(ORG, PROFILE));

        runs.collectUntilNothingPending();

        List<PendingReport> failed = pending().stream().filter(r -> PendingReport.FAILED.equals(r.status())).toList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failureReason()).startsWith("Amazon could not generate the report");
        assertThat(pending()).filteredOn(r -> PendingReport.COMPLETED.equals(r.status())).hasSize(WINDOW_REPORTS - 1);
    }

    @Test
    void aRateLimitStormEndsTheRunWithEveryReportStillPending() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();
        SANDBOX.faults().rateLimitGets(1000, null);

        JobExecution collect = runs.await(jobs.collect(ORG));

        assertThat(collect.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(pending()).hasSize(WINDOW_REPORTS)
                .allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.PENDING));
        assertThat(syncLogOf(collect).status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(syncLogOf(collect).message()).contains("rate-limited");

        SANDBOX.faults().reset();
        runs.collectUntilNothingPending();
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
    }

    @Test
    void anExpiredDownloadUrlIsReplacedByAFreshOne() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();
        SANDBOX.faults().expireNextDownloads(2);

        runs.collectUntilNothingPending();

        LocalDate today = todayInProfileZone();
        assertTableEqualsSandbox(today.minusDays(1), today);
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
    }

    @Test
    void aTruncatedDownloadLeavesTheReportRetryableAndTheNextCollectLoadsItExactly() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();
        SANDBOX.faults().truncateNextDownloads(1);

        JobExecution broken = runs.await(jobs.collect(ORG));

        assertThat(broken.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(lastSyncLog().status()).isEqualTo(SyncLog.ERROR);
        assertThat(lastSyncLog().message()).contains("cut off");
        assertThat(pending()).filteredOn(r -> PendingReport.COMPLETED.equals(r.status())).hasSizeLessThan(WINDOW_REPORTS);

        runs.collectUntilNothingPending();

        LocalDate today = todayInProfileZone();
        for (LocalDate day = today.minusDays(REFRESH_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            assertTableEqualsSandbox(day, today);
        }
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
    }

    @Test
    void malformedRowsAreSkippedWithTheirReasonWhileTheRestLoads() {
        SANDBOX.faults().malformedRowsInNextReports(1);
        runs.await(jobs.requestDaily(ORG, PROFILE));

        runs.collectUntilNothingPending();

        SyncLog log = syncLogs.recent(ORG, 20).stream().filter(l -> l.jobName().equals(JobNames.COLLECT))
                .filter(l -> l.message().contains("malformed")).findFirst().orElseThrow();
        assertThat(log.status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(log.message()).contains("Skipped 2 malformed rows").contains("cost").contains("campaignId");
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
        LocalDate today = todayInProfileZone();
        for (LocalDate day = today.minusDays(REFRESH_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            assertTableEqualsSandbox(day, today);
        }
    }

    @Test
    void aRestatementUpdatesValuesAndUpdatedAtButKeepsCreatedAt() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        runs.collectUntilNothingPending();
        LocalDate day = todayInProfileZone().minusDays(1);
        // pretend the rows were first loaded long ago, with values Amazon has since restated
        jdbc.sql("update amazon_sp_ads set sales_14d = 0, created_at = now() - interval '3 days',"
                + " updated_at = now() - interval '3 days' where date = ?").param(day).update();
        Map<String, Object> before = jdbc.sql("select min(created_at) c from amazon_sp_ads where date = ?")
                .param(day).query().singleRow();

        jobs.manualSync(ORG, null);

        assertTableEqualsSandbox(day, todayInProfileZone());
        Map<String, Object> after = jdbc.sql("select min(created_at) c, min(updated_at) u from amazon_sp_ads where date = ?")
                .param(day).query().singleRow();
        assertThat(after.get("c")).isEqualTo(before.get("c"));
        assertThat(((Timestamp) after.get("u")).toInstant()).isAfter(((Timestamp) before.get("c")).toInstant().plusSeconds(3600));
    }

    @Test
    void reportsPendingLongerThanTheTimeoutAreFailedAndTheirDatesRequestedAgain() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        jdbc.sql("update amazon_ads_pending_reports set created_at = now() - interval '25 hours'").update();
        SANDBOX.faults().rateLimitGets(1000, null);

        runs.await(jobs.collect(ORG));

        assertThat(pending()).hasSize(WINDOW_REPORTS).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(PendingReport.FAILED);
            assertThat(report.failureReason()).startsWith("timed out");
        });
        Integer requeued = jdbc.sql("select count(*) from amazon_ads_pending_reports where requeue").query(Integer.class).single();
        assertThat(requeued).isEqualTo(WINDOW_REPORTS);
    }
}
