package io.adsync.web.coverage;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is loaded per date, and which dates have a report on its way. */
@Repository
public class CoverageQueries {

    private final JdbcClient jdbc;

    public CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LoadedDate> loaded(long orgId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select date, count(*) as campaigns, max(updated_at) as last_refreshed
                        from amazon_sp_ads
                        where org_id = ? and date between ? and ?
                        group by date""")
                .params(orgId, from, to)
                .query((rs, n) -> new LoadedDate(rs.getObject("date", LocalDate.class), rs.getLong("campaigns"),
                        toInstant(rs.getTimestamp("last_refreshed"))))
                .list();
    }

    /** Date ranges of reports requested from Amazon and not loaded yet. */
    List<Range> requested(long orgId) {
        return jdbc.sql("""
                        select start_date, end_date from amazon_ads_pending_reports
                        where org_id = ? and status = 'pending'""")
                .param(orgId)
                .query((rs, n) -> new Range(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record LoadedDate(LocalDate date, long campaigns, Instant lastRefreshed) {
    }

    record Range(LocalDate start, LocalDate end) {

        boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }
}
