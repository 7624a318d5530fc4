package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.request.ReportCreation;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.report.ColumnExclusions;
import io.adsync.report.ReportCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Amazon renames and retires columns, and keeps each type for its own number of days: a 400 that
 * says so is mended, once, and costs no day.
 */
class ColumnNegotiationTest extends JobsTestSupport {

    private static final String RETIRED = "topOfSearchImpressionShare";

    @Autowired
    private ColumnExclusions exclusions;

    @Autowired
    private ReportCreation creation;

    @Test
    void aRetiredColumnIsDroppedRecordedAndTheDaysStillLoad() {
        SANDBOX.faults().retireColumn(ReportCatalog.SP_CAMPAIGNS, RETIRED);

        JobExecution request = runs.await(jobs.requestDaily(ORG, PROFILE));

        assertThat(request.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(pending()).hasSize(WINDOW_REPORTS);
        assertThat(syncLogOf(request).status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(syncLogOf(request).message()).contains("Amazon no longer accepts the spCampaigns columns " + RETIRED);
        assertThat(exclusions.all()).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.reportType()).isEqualTo(ReportCatalog.SP_CAMPAIGNS);
            assertThat(exclusion.columnName()).isEqualTo(RETIRED);
            assertThat(exclusion.detail()).startsWith("configuration columns includes invalid values: (" + RETIRED);
        });
        assertThat(SANDBOX.stats().createReportCalls(PROFILE)).as("the rejected one asked again once")
                .isEqualTo(WINDOW_REPORTS + 1);

        runs.collectUntilNothingPending();

        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
        LocalDate yesterday = todayInProfileZone().minusDays(1);
        assertThat(rowCount(yesterday)).isPositive();
        assertThat(jdbc.sql("select count(*) from amazon_sp_ads where top_of_search_impression_share is not null")
                .query(Long.class).single()).as("the retired column, no longer asked for").isZero();
    }

    @Test
    void laterRequestsLeaveTheRetiredColumnOut() {
        SANDBOX.faults().retireColumn(ReportCatalog.SP_CAMPAIGNS, RETIRED);
        runs.await(jobs.requestDaily(ORG, PROFILE));
        long callsBefore = SANDBOX.stats().createReportCalls(PROFILE);

        jobs.manualSync(ORG, null);

        assertThat(SANDBOX.stats().createReportCalls(PROFILE) - callsBefore).as("no 400 any more")
                .isEqualTo(WINDOW_REPORTS);
        assertThat(lastSyncLogOf(JobNames.REQUEST).status()).isEqualTo(SyncLog.SUCCESS);
    }

    @Test
    void aStartBeforeTheTypesRetentionIsMovedToTheFirstDayAmazonKeeps() {
        LocalDate today = todayInProfileZone();

        ReportCreation.Created clipped = creation.create(accounts.credentials(ORG, PROFILE),
                ReportCatalog.of("sbCampaigns"), new DateRange(today.minusDays(70), today.minusDays(50)));

        assertThat(clipped.report()).isNotNull();
        assertThat(clipped.range()).isEqualTo(new DateRange(today.minusDays(60), today.minusDays(50)));
        assertThat(clipped.notes()).singleElement().asString().contains("beyond what Amazon keeps");
    }

    @Test
    void aRangeWhollyBeyondRetentionIsNotAskedFor() {
        LocalDate today = todayInProfileZone();

        ReportCreation.Created beyond = creation.create(accounts.credentials(ORG, PROFILE),
                ReportCatalog.of("sbCampaigns"), new DateRange(today.minusDays(80), today.minusDays(70)));

        assertThat(beyond.report()).isNull();
        assertThat(beyond.notes()).singleElement().asString().contains("is beyond what Amazon keeps");
    }

    private SyncLog lastSyncLogOf(String jobName) {
        return syncLogs.recent(ORG, 20).stream().filter(log -> log.jobName().equals(jobName)).findFirst()
                .orElseThrow();
    }
}
