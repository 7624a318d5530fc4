package io.adsync.jobs.pending;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.adsync.report.ReportCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and moves the state of {@code amazon_ads_pending_reports}. */
@Repository
public class PendingReportRepository {

    static final String COLUMNS = "id, org_id, profile_id, report_type, report_id, start_date, end_date, status, amazon_status,"
            + " origin, job_instance_id, attempts, failure_reason, rows_loaded, created_at, updated_at";

    /** How the failure reason of a report Amazon did not finish in time begins. */
    public static final String TIMED_OUT = "timed out";

    private final JdbcClient jdbc;

    public PendingReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a requested report. Amazon answers a repeated request with the first reportId (425), so
     * the same id may come twice: it is recorded once and then belongs to the latest run that asked
     * (backfill reports excepted: their run waits for them).
     */
    public void recordRequested(long orgId, long profileId, String reportType, String reportId, DateRange range,
                                ReportOrigin origin, Long jobInstanceId) {
        jdbc.sql("""
                insert into amazon_ads_pending_reports
                    (org_id, profile_id, report_type, report_id, start_date, end_date, origin, job_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id) do update
                    set job_instance_id = excluded.job_instance_id, origin = excluded.origin, updated_at = now()
                    where amazon_ads_pending_reports.origin <> 'backfill'""")
                .params(orgId, profileId, reportType, reportId, range.start(), range.end(), origin.value(),
                        jobInstanceId)
                .update();
    }

    public List<PendingReport> findByOrg(long orgId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from amazon_ads_pending_reports where org_id = ?"
                        + " order by created_at desc, id desc limit ?")
                .params(orgId, limit).query(PendingReportRepository::map).list();
    }

    /** The org's newest reports of some of its profiles ({@code profileIds} null: of all of them). */
    public List<PendingReport> findByOrg(long orgId, Long[] profileIds, int limit) {
        return jdbc.sql("select " + COLUMNS + " from amazon_ads_pending_reports where org_id = ?"
                        + " and (cast(? as bigint[]) is null or profile_id = any (?))"
                        + " order by created_at desc, id desc limit ?")
                .params(orgId, profileIds, profileIds, limit).query(PendingReportRepository::map).list();
    }

    public List<PendingReport> findByJobInstance(long jobInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from amazon_ads_pending_reports where job_instance_id = ?"
                        + " order by start_date")
                .param(jobInstanceId).query(PendingReportRepository::map).list();
    }

    public PendingReport get(long id) {
        return jdbc.sql("select " + COLUMNS + " from amazon_ads_pending_reports where id = ?")
                .param(id).query(PendingReportRepository::map).single();
    }

    public int countPending(long orgId) {
        return jdbc.sql("select count(*) from amazon_ads_pending_reports where org_id = ? and status = 'pending'")
                .param(orgId).query(Integer.class).single();
    }

    public boolean anyPending() {
        return jdbc.sql("select exists (select 1 from amazon_ads_pending_reports where status = 'pending')")
                .query(Boolean.class).single();
    }

    public void recordAmazonStatus(long id, String amazonStatus) {
        jdbc.sql("update amazon_ads_pending_reports set amazon_status = ?, updated_at = now() where id = ?")
                .params(amazonStatus, id).update();
    }

    public void markFailed(long id, String amazonStatus, String reason) {
        jdbc.sql("""
                update amazon_ads_pending_reports
                set status = 'failed', amazon_status = ?, failure_reason = ?, updated_at = now()
                where id = ? and status = 'pending'""")
                .params(amazonStatus, reason, id).update();
    }

    /**
     * Starts a load from the first row: forget the counts of an earlier, abandoned attempt, note when
     * the load began (every row it writes is younger; see {@code ReportCoverage#recordLoad}) and how
     * many rows the report's days held then (if the load rewrites as many of them, its completion has
     * nothing to delete).
     */
    public void startLoad(long id) {
        String table = ReportCatalog.of(get(id).reportType()).table();
        jdbc.sql("delete from amazon_ads_pending_report_days where pending_report_id = ?").param(id).update();
        jdbc.sql("""
                        update amazon_ads_pending_reports p
                        set rows_loaded = 0, load_started_at = now(), updated_at = now(),
                            load_stored_rows = stored.rows, load_replaces_rows = stored.rows > 0, load_kept_rows = 0
                        from (select count(*) as rows from %s t, amazon_ads_pending_reports r
                              where r.id = ? and t.org_id = r.org_id and t.profile_id = r.profile_id
                                and t.date between r.start_date and r.end_date) stored
                        where id = ?""".formatted(table))
                .params(id, id).update();
    }

    /**
     * Counts a chunk's stored rows, in total and per day, and of them the rows stored before the load
     * that it rewrote, in the same transaction as the rows themselves, so all are exact across restarts.
     */
    public void addRowsLoaded(long id, long rows, long keptRows, Map<LocalDate, Long> rowsByDay) {
        jdbc.sql("""
                        update amazon_ads_pending_reports
                        set rows_loaded = rows_loaded + ?, load_kept_rows = load_kept_rows + ?, updated_at = now()
                        where id = ?""")
                .params(rows, keptRows, id).update();
        rowsByDay.forEach((day, dayRows) -> jdbc.sql("""
                        insert into amazon_ads_pending_report_days (pending_report_id, date, rows) values (?, ?, ?)
                        on conflict (pending_report_id, date)
                            do update set rows = amazon_ads_pending_report_days.rows + excluded.rows""")
                .params(id, day, dayRows).update());
    }

    public void markCompleted(long id) {
        jdbc.sql("""
                update amazon_ads_pending_reports
                set status = 'completed', failure_reason = null, updated_at = now()
                where id = ? and status = 'pending'""")
                .param(id).update();
    }

    /**
     * A load failed: count the attempt and keep the reason; the report stays pending for the next
     * run until it has failed {@code maxAttempts} times.
     */
    public void recordLoadFailure(long id, String reason, int maxAttempts) {
        jdbc.sql("""
                update amazon_ads_pending_reports
                set attempts = attempts + 1,
                    failure_reason = ?,
                    status = case when attempts + 1 >= ? then 'failed' else status end,
                    updated_at = now()
                where id = ? and status = 'pending'""")
                .params(reason, maxAttempts, id).update();
    }

    /**
     * Pending reports older than {@code timeout} are given up; those of the daily request are
     * flagged so the next request run asks for their dates again.
     */
    public int failTimedOut(long orgId, Duration timeout) {
        return jdbc.sql("""
                update amazon_ads_pending_reports
                set status = 'failed',
                    failure_reason = ? || ': Amazon did not finish the report within ' || ? || ' hours',
                    requeue = (origin <> 'backfill'),
                    updated_at = now()
                where org_id = ? and status = 'pending' and created_at < ?""")
                .params(TIMED_OUT, timeout.toHours(), orgId, Timestamp.from(Instant.now().minus(timeout)))
                .update();
    }

    /** Finished rows are kept a while for the console, then deleted. */
    public int deleteFinishedOlderThan(long orgId, Duration retention) {
        return jdbc.sql("""
                delete from amazon_ads_pending_reports
                where org_id = ? and status in ('completed', 'failed') and requeue = false and updated_at < ?""")
                .params(orgId, Timestamp.from(Instant.now().minus(retention)))
                .update();
    }

    /** Date ranges of timed-out reports that the request job must ask for again. */
    public List<DateRange> requeuedRanges(long orgId, long profileId, String reportType) {
        return jdbc.sql("select distinct start_date, end_date from amazon_ads_pending_reports"
                        + " where org_id = ? and profile_id = ? and report_type = ? and requeue order by start_date")
                .params(orgId, profileId, reportType)
                .query((rs, n) -> new DateRange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** The timed-out reports whose days a new report of {@code range} covers are no longer asked for again. */
    public void clearRequeue(long orgId, long profileId, String reportType, DateRange range) {
        jdbc.sql("update amazon_ads_pending_reports set requeue = false where org_id = ? and profile_id = ?"
                        + " and report_type = ? and requeue and start_date >= ? and end_date <= ?")
                .params(orgId, profileId, reportType, range.start(), range.end()).update();
    }

    public static PendingReport map(ResultSet rs, int row) throws SQLException {
        return new PendingReport(
                rs.getLong("id"), rs.getLong("org_id"), rs.getLong("profile_id"), rs.getString("report_type"),
                rs.getString("report_id"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("status"), rs.getString("amazon_status"), rs.getString("origin"),
                (Long) rs.getObject("job_instance_id"), rs.getInt("attempts"), rs.getString("failure_reason"),
                rs.getLong("rows_loaded"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
