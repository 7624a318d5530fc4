package io.adsync.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.JobsTestSupport;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.sandbox.SandboxSales.SkuDay;
import io.adsync.settings.AmazonSpApiSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * salesTrafficJob against the sandbox's Selling Partner API over HTTP and a real PostgreSQL: what lands in
 * {@code amazon_sales_traffic} and {@code amazon_sales_traffic_daily} is the sandbox's document, SKU for SKU and
 * day for day, whatever Amazon does on the way.
 */
class SalesTrafficJobTest extends JobsTestSupport {

    private static final String GB = "A1F83G8C2ARO7P";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    private SalesJobs sales;

    @BeforeEach
    void sellerConnected() {
        settings.saveAmazonSpApi(ORG, new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, GB, "SANDBOX"));
    }

    @Test
    void loadsEveryDayOfTheRefreshWindowSkuForSkuWithDayTotalsEqualToTheirSum() {
        JobExecution run = awaitEnd(sales.refresh(ORG, "request")).execution();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<SalesDay> days = sales.days(run);
        assertThat(days).hasSize(14);
        long cancelled = 0;
        for (SalesDay day : days) {
            List<SkuDay> expected = SANDBOX.sales().day(GB, day.date(), sandboxToday());
            if (SANDBOX.sales().cancelled(GB, day.date(), sandboxToday())) {
                cancelled++;
                assertThat(day.status()).as("%s", day.date()).isEqualTo(SalesDay.NO_DATA);
                assertThat(dayTotals(day.date())).containsEntry("revenue", BigDecimal.ZERO);
            } else {
                assertThat(day.status()).as("%s", day.date()).isEqualTo(SalesDay.LOADED);
                assertThat(expected).isNotEmpty();
                assertThat((BigDecimal) dayTotals(day.date()).get("revenue")).as("day total of %s", day.date())
                        .isEqualByComparingTo(skuRevenueSum(day.date()));
                assertThat(dayTotals(day.date()).get("units")).isEqualTo(
                        expected.stream().mapToLong(SkuDay::units).sum());
            }
            assertTableEqualsSandbox(day.date(), expected);
            assertThat(day.rows()).isEqualTo(expected.size());
            assertThat(coverageRows(day.date())).as("coverage of %s", day.date()).isEqualTo((long) expected.size());
        }
        SyncLog log = syncLogOf(run);
        assertThat(log.status()).isEqualTo(SyncLog.SUCCESS);
        assertThat(log.message()).startsWith("Sales and Traffic of marketplace " + GB + ": " + (14 - cancelled)
                + " days loaded");
        assertThat(log.rows()).isEqualTo(jdbc.sql("select count(*) from amazon_sales_traffic").query(Long.class).single());
    }

    @Test
    void aDayAmazonNoLongerHasDataForIsLoadedAsZeroRowsAndCovered() {
        LocalDate day = yesterday().minusDays(2);
        SANDBOX.sales().withData(day);
        awaitEnd(sales.backfill(ORG, 3));
        assertThat(skuRows(day)).isPositive();

        SANDBOX.sales().reset().cancel(day);
        JobExecution again = awaitEnd(sales.backfill(ORG, 3)).execution();

        assertThat(skuRows(day)).as("the later report's rows: none").isZero();
        assertThat(dayTotals(day)).containsEntry("revenue", BigDecimal.ZERO).containsEntry("sessions", 0L);
        assertThat(coverageRows(day)).isZero();
        assertThat(sales.days(again)).contains(new SalesDay(day, SalesDay.NO_DATA, 0));
        assertThat(syncLogOf(again).message()).contains("without data (Amazon answered CANCELLED: loaded as zero)");
    }

    @Test
    void aFatalReportIsNamedWithItsErrorDocumentAndTheOtherDaysLoad() {
        SANDBOX.sales().withData(yesterday()).withData(yesterday().minusDays(1));
        SANDBOX.faults().fatalNextSalesReports(1); // the first asked for: yesterday

        JobExecution run = awaitEnd(sales.backfill(ORG, 2)).execution();

        SyncLog log = syncLogOf(run);
        assertThat(log.status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(log.message()).contains("1 day failed: " + yesterday() + ": Amazon could not generate report")
                .contains("(FATAL): Report generation failed");
        assertThat(sales.days(run)).extracting(SalesDay::status).containsExactly(SalesDay.FAILED, SalesDay.LOADED);
        assertTableEqualsSandbox(yesterday().minusDays(1), SANDBOX.sales().day(GB, yesterday().minusDays(1),
                sandboxToday()));
        assertThat(coverageRows(yesterday())).isNull();
    }

    @Test
    void survives429BurstsServerErrorsAndExpiredDocumentUrls() {
        SANDBOX.sales().withData(yesterday()).withData(yesterday().minusDays(1));
        // the first createReport meets a 503 and a 429 (three attempts in the tests), a document URL is expired twice
        SANDBOX.faults().rateLimitSpApi(1).spApiServerErrors(1).expireNextSalesDocuments(2);

        JobExecution run = awaitEnd(sales.backfill(ORG, 2)).execution();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (LocalDate day : List.of(yesterday(), yesterday().minusDays(1))) {
            assertTableEqualsSandbox(day, SANDBOX.sales().day(GB, day, sandboxToday()));
        }
        assertThat(syncLogOf(run).status()).isEqualTo(SyncLog.SUCCESS);
    }

    @Test
    void a429StormLeavesTheDayWaitingForTheNextRunNeverLost() {
        SANDBOX.sales().withData(yesterday());
        SANDBOX.faults().rateLimitSpApi(3);

        JobExecution stormed = awaitEnd(sales.backfill(ORG, 1)).execution();

        assertThat(sales.days(stormed)).containsExactly(new SalesDay(yesterday(), SalesDay.WAITING, 0));
        JobExecution next = awaitEnd(sales.backfill(ORG, 1)).execution();
        assertThat(sales.days(next)).extracting(SalesDay::status).containsExactly(SalesDay.LOADED);
        assertTableEqualsSandbox(yesterday(), SANDBOX.sales().day(GB, yesterday(), sandboxToday()));
    }

    @Test
    void lateSessionsAreRestatedByTheNextRunAndNothingIsStoredTwice() {
        LocalDate day = yesterday();
        SANDBOX.sales().withData(day);
        awaitEnd(sales.backfill(ORG, 1));
        long firstSessions = sessions(day);

        SANDBOX.sales().sessionsCaughtUp(2);
        JobExecution later = awaitEnd(sales.backfill(ORG, 1)).execution();

        List<SkuDay> restated = SANDBOX.sales().day(GB, day, sandboxToday().plusDays(2));
        assertThat(sessions(day)).isGreaterThan(firstSessions)
                .isEqualTo(restated.stream().mapToLong(SkuDay::sessions).sum());
        assertTableEqualsSandbox(day, restated);
        assertThat(dayTotals(day).get("sessions")).isEqualTo(sessions(day));
        assertThat(sales.days(later)).containsExactly(new SalesDay(day, SalesDay.LOADED, restated.size()));
    }

    @Test
    void aLoadCutOffMidDocumentResumesOnRestartAndStoresEverySkuExactlyOnce() {
        LocalDate day = yesterday();
        SANDBOX.sales().withData(day).skusPerMarketplace(600);
        SANDBOX.faults().truncateNextSalesDocuments(1);

        JobExecution broken = awaitEnd(sales.backfill(ORG, 1)).execution();

        assertThat(broken.getStatus()).isEqualTo(BatchStatus.FAILED);
        List<SkuDay> expected = SANDBOX.sales().day(GB, day, sandboxToday());
        assertThat(skuRows(day)).as("chunks committed before the cut").isBetween(50L, (long) expected.size() - 1);
        assertThat(coverageRows(day)).as("not covered with half its rows").isNull();
        assertThat(syncLogOf(broken).status()).isEqualTo(SyncLog.ERROR);

        JobExecution restarted = awaitEnd(sales.backfill(ORG, 1)).execution();

        assertThat(restarted.getId()).isNotEqualTo(broken.getId());
        assertThat(restarted.getJobInstance().getInstanceId()).as("a restart of the same run")
                .isEqualTo(broken.getJobInstance().getInstanceId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertTableEqualsSandbox(day, expected);
        assertThat(coverageRows(day)).isEqualTo((long) expected.size());
        assertThat(jdbc.sql("select rows_loaded from sales_pending_reports where date = ?").param(day)
                .query(Long.class).single()).as("rows_loaded counts every row once").isEqualTo(expected.size());
    }

    @Test
    void malformedEntriesAreSkippedAndNamedWhileTheGoodOnesLoad() {
        SANDBOX.sales().withData(yesterday());
        SANDBOX.faults().malformedNextSalesReports(1);

        JobExecution run = awaitEnd(sales.backfill(ORG, 1)).execution();

        assertTableEqualsSandbox(yesterday(), SANDBOX.sales().day(GB, yesterday(), sandboxToday()));
        SyncLog log = syncLogOf(run);
        assertThat(log.status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(log.message()).contains("Skipped 2 malformed entries")
                .contains("an entry without a SKU (child ASIN")
                .contains("SKU BROKEN-UNITS was left out: salesByAsin.unitsOrdered");
    }

    @Test
    void createReportsQuotaLeavesTheRestWaitingInsteadOfSleeping() {
        JobExecution run = awaitEnd(sales.backfill(ORG, 20)).execution();

        assertThat(SANDBOX.stats().salesReportsCreated()).as("a burst of 15").isEqualTo(15);
        assertThat(sales.days(run)).filteredOn(day -> day.status().equals(SalesDay.WAITING)).hasSize(5)
                .allMatch(day -> day.date().isBefore(yesterday().minusDays(14)));
        assertThat(syncLogOf(run).message()).contains("5 days waiting for createReport's quota");
        assertThat(Duration.between(run.getStartTime(), run.getEndTime())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void refusedCredentialsAreSaidInPlainWordsAndNothingIsStored() {
        settings.saveAmazonSpApi(ORG, new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, "Atzr|not-the-sandbox-token", GB, "SANDBOX"));

        JobExecution run = awaitEnd(sales.refresh(ORG, "request")).execution();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        SyncLog log = syncLogOf(run);
        assertThat(log.status()).isEqualTo(SyncLog.ERROR);
        assertThat(log.message()).contains("Amazon rejected the refresh token").contains("SP-API settings")
                .doesNotContain("not-the-sandbox-token");
        assertThat(log.credentialsRefused()).isTrue();
        assertThat(jdbc.sql("select count(*) from amazon_sales_traffic").query(Long.class).single()).isZero();
    }

    @Test
    void aMissingRoleIsNamedAsSuch() {
        SANDBOX.faults().denySpApi(2);

        JobExecution run = awaitEnd(sales.backfill(ORG, 1)).execution();

        assertThat(syncLogOf(run).message()).contains("the Selling Partner API denied access (HTTP 403")
                .contains("missing the role");
    }

    @Test
    void aMarketplaceTheSellerDoesNotSellInIsRejectedWithAmazonsWords() {
        settings.saveAmazonSpApi(ORG, new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, "A13V1IB3VIYZZH", "SANDBOX"));

        JobExecution run = awaitEnd(sales.backfill(ORG, 2)).execution();

        SyncLog log = syncLogOf(run);
        assertThat(log.status()).isEqualTo(SyncLog.PARTIAL);
        assertThat(log.message()).contains("Amazon rejected").contains("not registered to sell in this marketplace");
    }

    /** Waits for a run to end (named so @SpringBatchTest does not take it for a job execution factory). */
    private Finished awaitEnd(JobExecution run) {
        return new Finished(sales.await(run, Duration.ofSeconds(60)));
    }

    private record Finished(JobExecution execution) {
    }

    private static LocalDate yesterday() {
        return LocalDate.now(LONDON).minusDays(1);
    }

    /** The day the sandbox generates documents on (its clock, London time). */
    private static LocalDate sandboxToday() {
        return LocalDate.ofInstant(sandboxNow(), LONDON);
    }

    private void assertTableEqualsSandbox(LocalDate day, List<SkuDay> expected) {
        assertThat(skuRows(day)).as("SKU rows of %s", day).isEqualTo(expected.size());
        for (SkuDay want : expected) {
            Map<String, Object> got = jdbc.sql("select * from amazon_sales_traffic where org_id = ? and "
                            + "marketplace_id = ? and date = ? and sku = ?")
                    .params(ORG, GB, day, want.sku().sku()).query().singleRow();
            assertThat(got.get("asin")).isEqualTo(want.sku().asin());
            assertThat(got.get("parent_asin")).isEqualTo(want.sku().parentAsin());
            assertThat((BigDecimal) got.get("revenue")).isEqualByComparingTo(want.revenue());
            assertThat(got.get("currency_code")).isEqualTo("GBP");
            assertThat(got.get("units")).isEqualTo(want.units());
            assertThat(got.get("total_order_items")).isEqualTo(want.totalOrderItems());
            assertThat(got.get("sessions")).as("sessions of %s on %s", want.sku().sku(), day).isEqualTo(want.sessions());
            assertThat(got.get("page_views")).isEqualTo(want.pageViews());
            assertThat((BigDecimal) got.get("buy_box_percentage")).isEqualByComparingTo(want.buyBoxPercentage());
            assertThat((BigDecimal) got.get("unit_session_percentage"))
                    .isEqualByComparingTo(want.unitSessionPercentage());
        }
    }

    private long skuRows(LocalDate day) {
        return jdbc.sql("select count(*) from amazon_sales_traffic where org_id = ? and date = ?").params(ORG, day)
                .query(Long.class).single();
    }

    private long sessions(LocalDate day) {
        return jdbc.sql("select coalesce(sum(sessions), 0) from amazon_sales_traffic where org_id = ? and date = ?")
                .params(ORG, day).query(Long.class).single();
    }

    private BigDecimal skuRevenueSum(LocalDate day) {
        return jdbc.sql("select sum(revenue) from amazon_sales_traffic where org_id = ? and date = ?")
                .params(ORG, day).query(BigDecimal.class).single();
    }

    private Map<String, Object> dayTotals(LocalDate day) {
        Map<String, Object> row = jdbc.sql("select revenue, units, sessions from amazon_sales_traffic_daily "
                        + "where org_id = ? and marketplace_id = ? and date = ?")
                .params(ORG, GB, day).query().singleRow();
        if (row.get("revenue") instanceof BigDecimal revenue) {
            row.put("revenue", revenue.signum() == 0 ? BigDecimal.ZERO : revenue.stripTrailingZeros());
        }
        return row;
    }

    private Long coverageRows(LocalDate day) {
        return jdbc.sql("select rows from sales_coverage where org_id = ? and marketplace_id = ? and date = ?")
                .params(ORG, GB, day).query(Long.class).optional().orElse(null);
    }
}
