package io.adsync.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code report_column_exclusions}: the columns of each report type Amazon has stopped accepting. */
@Repository
public class ColumnExclusions {

    /** One excluded column, with Amazon's words and when they were first seen. */
    public record Exclusion(String reportType, String columnName, String detail, Instant detectedAt) {
    }

    private final JdbcClient jdbc;

    public ColumnExclusions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(String reportType) {
        return new TreeSet<>(jdbc.sql("select column_name from report_column_exclusions where report_type = ?")
                .param(reportType).query(String.class).list());
    }

    /** Records the columns; one already recorded keeps the date it was first seen. */
    public void record(String reportType, List<String> columns, String detail) {
        for (String column : columns) {
            jdbc.sql("""
                            insert into report_column_exclusions (report_type, column_name, detail) values (?, ?, ?)
                            on conflict (report_type, column_name) do nothing""")
                    .params(reportType, column, detail).update();
        }
    }

    public List<Exclusion> all() {
        return jdbc.sql("select report_type, column_name, detail, detected_at from report_column_exclusions "
                        + "order by report_type, column_name")
                .query((rs, n) -> new Exclusion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
