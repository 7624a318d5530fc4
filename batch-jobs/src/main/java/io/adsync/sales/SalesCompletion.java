package io.adsync.sales;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a day's load, in one transaction: the rows of the day that the report no longer holds are deleted
 * (the latest report wins, as for the ads), the day is recorded in {@code sales_coverage} with its rows, and the
 * report is completed. A CANCELLED report (Amazon has no data) completes the same way with zero rows: its day is
 * loaded, with figures 0, not missing. A run killed before this commits has every chunk stored but the report still
 * pending; its restart reads past the end at once and completes it here.
 */
@Component
public class SalesCompletion {

    private static final Logger log = LoggerFactory.getLogger(SalesCompletion.class);

    private final JdbcClient jdbc;
    private final SalesPendingReports pendingReports;
    private final TransactionTemplate transaction;

    public SalesCompletion(JdbcClient jdbc, SalesPendingReports pendingReports,
                           PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.pendingReports = pendingReports;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** After the last chunk of a DONE report. */
    public void complete(long pendingReportId) {
        transaction.executeWithoutResult(status -> finish(pendingReports.get(pendingReportId), false));
    }

    /** A CANCELLED report: no data for the day. */
    public void completeWithoutData(long pendingReportId, String amazonStatus) {
        transaction.executeWithoutResult(status -> {
            pendingReports.recordAmazonStatus(pendingReportId, amazonStatus, null);
            finish(pendingReports.get(pendingReportId), true);
        });
    }

    private void finish(SalesPendingReport report, boolean noData) {
        // without a load (CANCELLED) every row of the day is older than the report
        String olderThanLoad = "updated_at < coalesce((select load_started_at from sales_pending_reports where id = ?),"
                + " 'infinity'::timestamptz)";
        int dropped = jdbc.sql("delete from amazon_sales_traffic where org_id = ? and marketplace_id = ? and date = ? "
                        + "and " + olderThanLoad)
                .params(report.orgId(), report.marketplaceId(), report.date(), report.id()).update();
        jdbc.sql("delete from amazon_sales_traffic_daily where org_id = ? and marketplace_id = ? and date = ? and "
                        + olderThanLoad)
                .params(report.orgId(), report.marketplaceId(), report.date(), report.id()).update();
        if (noData) {
            jdbc.sql("""
                            insert into amazon_sales_traffic_daily (org_id, marketplace_id, date, revenue, units,
                                                                    total_order_items, sessions, page_views)
                            values (?, ?, ?, 0, 0, 0, 0, 0)""")
                    .params(report.orgId(), report.marketplaceId(), report.date()).update();
        }
        if (dropped > 0) {
            log.info("Sales and Traffic report {} of {} no longer holds {} SKU rows stored for the day: deleted",
                    report.reportId(), report.date(), dropped);
        }
        ZoneId zone = SalesAccounts.marketplace(report.marketplaceId()).zone();
        jdbc.sql("""
                        insert into sales_coverage (org_id, marketplace_id, date, report_id, rows, loaded_at, age_days)
                        select ?, ?, ?, ?, count(*), now(), greatest((now() at time zone ?)::date - ?, 0)
                        from amazon_sales_traffic where org_id = ? and marketplace_id = ? and date = ?
                        on conflict (org_id, marketplace_id, date) do update
                            set report_id = excluded.report_id, rows = excluded.rows, loaded_at = excluded.loaded_at,
                                age_days = excluded.age_days""")
                .params(report.orgId(), report.marketplaceId(), report.date(), report.reportId(), zone.getId(),
                        report.date(), report.orgId(), report.marketplaceId(), report.date())
                .update();
        pendingReports.markCompleted(report.id());
    }
}
