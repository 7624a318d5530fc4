package io.adsync.web.coverage;

import java.time.LocalDate;
import java.util.List;

import io.adsync.jobs.pending.DateRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which dates have a report on its way from Amazon. */
@Repository
public class CoverageQueries {

    private final JdbcClient jdbc;

    public CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Date ranges of reports of some profiles ({@code profileIds} null: any) requested and not loaded yet. */
    List<DateRange> requested(long orgId, Long[] profileIds) {
        return jdbc.sql("""
                        select start_date, end_date from amazon_ads_pending_reports
                        where org_id = ? and status = 'pending'
                          and (cast(? as bigint[]) is null or profile_id = any (?))""")
                .params(orgId, profileIds, profileIds)
                .query((rs, n) -> new DateRange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }
}
