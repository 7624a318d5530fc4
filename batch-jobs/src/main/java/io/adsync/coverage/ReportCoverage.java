package io.adsync.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.adsync.jobs.pending.PendingReport;
import io.adsync.report.ReportCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code report_coverage}: the days a completed report covered, rows or not. "Loaded" on every
 * page, the reports API's {@code adsLoaded} and the days a backfill skips all come from here.
 */
@Repository
public class ReportCoverage {

    private final JdbcClient jdbc;

    public ReportCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the report's days equal to the report, in the caller's transaction: rows of its days it
     * did not contain (written before its load began) are deleted, and every day of its range is
     * recorded as covered, with the rows the report held for it. Both come from what the load noted
     * (how many rows the days held before it, how many of those it rewrote, and its rows per day)
     * rather than from a scan of the rows it has just written: when it rewrote every row stored before
     * it, none can be left and the delete is not run. A load begun before those notes existed is scanned.
     *
     * @param zone the profile's time zone, in which the days' ages are counted
     * @return the rows deleted
     */
    public int recordLoad(PendingReport report, ZoneId zone) {
        String table = ReportCatalog.of(report.reportType()).table();
        LoadTally tally = jdbc.sql("""
                        select load_replaces_rows, load_stored_rows, load_kept_rows
                        from amazon_ads_pending_reports where id = ?""")
                .param(report.id())
                .query((rs, n) -> new LoadTally(rs.getObject(1, Boolean.class), rs.getObject(2, Long.class),
                        rs.getLong(3)))
                .single();
        int deleted = tally.leftNothingBehind() ? 0 : jdbc.sql("""
                        delete from %s
                        where org_id = ? and profile_id = ? and date between ? and ?
                          and updated_at < (select load_started_at from amazon_ads_pending_reports where id = ?)"""
                        .formatted(table))
                .params(report.orgId(), report.profileId(), report.startDate(), report.endDate(), report.id())
                .update();
        boolean counted = tally.replacesRows() != null;
        String rowsByDay = counted
                ? "select date, rows from amazon_ads_pending_report_days where pending_report_id = ?"
                : "select date, count(*) as rows from %s where org_id = ? and profile_id = ? and date between ? and ?"
                        .formatted(table) + " group by date";
        List<Object> params = new ArrayList<>(List.of(report.orgId(), report.profileId(), report.reportType(),
                report.reportId(), zone.getId(), report.startDate(), report.endDate()));
        params.addAll(counted ? List.of(report.id())
                : List.of(report.orgId(), report.profileId(), report.startDate(), report.endDate()));
        jdbc.sql("""
                        insert into report_coverage (org_id, profile_id, report_type, date, report_id, rows, loaded_at,
                                                     age_days)
                        select ?, ?, ?, day::date, ?, coalesce(counted.rows, 0), now(),
                               greatest((now() at time zone ?)::date - day::date, 0)
                        from generate_series(?::date, ?::date, interval '1 day') as day
                        left join (%s) counted on counted.date = day::date
                        on conflict (org_id, profile_id, report_type, date) do update
                            set report_id = excluded.report_id, rows = excluded.rows,
                                loaded_at = excluded.loaded_at, age_days = excluded.age_days"""
                        .formatted(rowsByDay))
                .params(params)
                .update();
        jdbc.sql("delete from amazon_ads_pending_report_days where pending_report_id = ?").param(report.id()).update();
        return deleted;
    }

    /**
     * What a load noted of the rows its days held when it began.
     *
     * @param replacesRows whether they held any (null: a load begun before this was noted, which
     *                     counted no rows per day either)
     * @param storedRows   how many (null: a load begun before this was noted)
     * @param keptRows     how many of them the load rewrote
     */
    private record LoadTally(Boolean replacesRows, Long storedRows, long keptRows) {

        /** Every row stored before the load was rewritten by it (or there was none): nothing to delete. */
        boolean leftNothingBehind() {
            return Boolean.FALSE.equals(replacesRows) || storedRows != null && keptRows == storedRows;
        }
    }

    /** The covered days of an org's report type between two dates, oldest first (every profile). */
    public List<CoveredDay> days(long orgId, String reportType, LocalDate from, LocalDate to) {
        return days(orgId, null, reportType, from, to);
    }

    /** The covered days of one profile's report type ({@code profileId} null: of every profile), oldest first. */
    public List<CoveredDay> days(long orgId, Long profileId, String reportType, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select date, sum(rows) as rows, max(loaded_at) as loaded_at, min(age_days) as age_days,
                               max(report_id) as report_id
                        from report_coverage
                        where org_id = ? and (cast(? as bigint) is null or profile_id = ?) and report_type = ?
                          and date between ? and ?
                        group by date order by date""")
                .params(orgId, profileId, profileId, reportType, from, to)
                .query(ReportCoverage::coveredDay)
                .list();
    }

    /**
     * The days every one of the profiles has covered, oldest first, with the rows of all of them (a
     * day some profile lacks is not complete); {@code profileIds} empty: the days any profile covered.
     */
    public List<CoveredDay> daysCoveredByEach(long orgId, Collection<Long> profileIds, String reportType,
                                              LocalDate from, LocalDate to) {
        if (profileIds.isEmpty()) {
            return days(orgId, null, reportType, from, to);
        }
        return jdbc.sql("""
                        select date, sum(rows) as rows, max(loaded_at) as loaded_at, min(age_days) as age_days,
                               max(report_id) as report_id
                        from report_coverage
                        where org_id = ? and profile_id = any (?) and report_type = ? and date between ? and ?
                        group by date having count(*) = ? order by date""")
                .params(orgId, profileIds.toArray(Long[]::new), reportType, from, to, profileIds.size())
                .query(ReportCoverage::coveredDay)
                .list();
    }

    /** The covered days of one profile's report type between two dates. */
    public List<LocalDate> loadedDates(long orgId, long profileId, String reportType, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select date from report_coverage
                        where org_id = ? and profile_id = ? and report_type = ? and date between ? and ?
                        order by date""")
                .params(orgId, profileId, reportType, from, to)
                .query(LocalDate.class).list();
    }

    private static CoveredDay coveredDay(ResultSet rs, int row) throws SQLException {
        return new CoveredDay(rs.getObject("date", LocalDate.class), rs.getLong("rows"),
                rs.getTimestamp("loaded_at").toInstant(), rs.getInt("age_days"), rs.getString("report_id"));
    }
}
