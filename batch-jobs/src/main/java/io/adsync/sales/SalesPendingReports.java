package io.adsync.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sales_pending_reports}: the Sales and Traffic reports on their way, and for a day those loaded. */
@Repository
public class SalesPendingReports {

    private static final String COLUMNS = "id, org_id, marketplace_id, date, report_id, status, amazon_status, "
            + "report_document_id, job_instance_id, failure_reason, rows_loaded, created_at";

    private final JdbcClient jdbc;

    public SalesPendingReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordRequested(long orgId, String marketplaceId, LocalDate date, String reportId, String origin,
                                long jobInstanceId) {
        jdbc.sql("""
                        insert into sales_pending_reports (org_id, marketplace_id, date, report_id, origin, job_instance_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(orgId, marketplaceId, date, reportId, origin, jobInstanceId)
                .update();
    }

    public SalesPendingReport get(long id) {
        return jdbc.sql("select " + COLUMNS + " from sales_pending_reports where id = ?").param(id)
                .query(SalesPendingReports::map).single();
    }

    public List<SalesPendingReport> pending(long orgId, String marketplaceId) {
        return jdbc.sql("select " + COLUMNS + " from sales_pending_reports where org_id = ? and marketplace_id = ? "
                        + "and status = 'pending' order by date, id")
                .params(orgId, marketplaceId).query(SalesPendingReports::map).list();
    }

    public List<SalesPendingReport> ofJobInstance(long jobInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from sales_pending_reports where job_instance_id = ? order by date, id")
                .param(jobInstanceId).query(SalesPendingReports::map).list();
    }

    public List<SalesPendingReport> ofOrg(long orgId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sales_pending_reports where org_id = ? order by created_at desc, "
                        + "id desc limit ?")
                .params(orgId, limit).query(SalesPendingReports::map).list();
    }

    /** The days of the marketplace with a report on its way. */
    public List<LocalDate> pendingDates(long orgId, String marketplaceId) {
        return jdbc.sql("select date from sales_pending_reports where org_id = ? and marketplace_id = ? "
                        + "and status = 'pending'")
                .params(orgId, marketplaceId).query(LocalDate.class).list();
    }

    public void recordAmazonStatus(long id, String amazonStatus, String documentId) {
        jdbc.sql("update sales_pending_reports set amazon_status = ?, report_document_id = coalesce(?, "
                        + "report_document_id), updated_at = now() where id = ?")
                .params(amazonStatus, documentId, id).update();
    }

    public void markFailed(long id, String amazonStatus, String reason) {
        jdbc.sql("update sales_pending_reports set status = 'failed', amazon_status = ?, failure_reason = ?, "
                        + "updated_at = now() where id = ?")
                .params(amazonStatus, reason, id).update();
    }

    /** Rows of the day written before this instant were not in the report (kept across a restart of the load). */
    public void startLoad(long id) {
        jdbc.sql("update sales_pending_reports set load_started_at = clock_timestamp(), rows_loaded = 0, "
                        + "updated_at = now() where id = ?")
                .param(id).update();
    }

    public void addRowsLoaded(long id, long rows) {
        jdbc.sql("update sales_pending_reports set rows_loaded = rows_loaded + ? where id = ?").params(rows, id).update();
    }

    public void markCompleted(long id) {
        jdbc.sql("update sales_pending_reports set status = 'completed', failure_reason = null, updated_at = now() "
                        + "where id = ?")
                .param(id).update();
    }

    /** A failed load stays pending (the next run downloads again) until it has failed {@code maxAttempts} times. */
    public void recordLoadFailure(long id, String reason, int maxAttempts) {
        jdbc.sql("""
                        update sales_pending_reports
                        set attempts = attempts + 1, failure_reason = ?,
                            status = case when attempts + 1 >= ? then 'failed' else status end, updated_at = now()
                        where id = ?""")
                .params(reason, maxAttempts, id).update();
    }

    static SalesPendingReport map(ResultSet rs, int row) throws SQLException {
        return new SalesPendingReport(rs.getLong("id"), rs.getLong("org_id"), rs.getString("marketplace_id"),
                rs.getObject("date", LocalDate.class), rs.getString("report_id"), rs.getString("status"),
                rs.getString("amazon_status"), rs.getString("report_document_id"),
                rs.getObject("job_instance_id", Long.class), rs.getString("failure_reason"),
                rs.getLong("rows_loaded"), rs.getTimestamp("created_at").toInstant());
    }
}
