package io.adsync.jobs.load;

import java.util.LinkedHashMap;
import java.util.Map;

import io.adsync.jobs.ReportScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One load partition per report Amazon has finished. The partition name is stable
 * ({@code report-<id>}), so a restarted run finds the half-loaded report's saved reader position.
 */
public class CompletedReportPartitioner implements Partitioner {

    public static final String PENDING_ID = "pendingReportId";
    public static final String REPORT_ID = "reportId";
    public static final String PROFILE_ID = "profileId";
    /** which definition of the catalogue reads and stores the report's rows */
    public static final String REPORT_TYPE = "reportType";

    private final JdbcClient jdbc;
    private final ReportScope scope;

    public CompletedReportPartitioner(JdbcClient jdbc, ReportScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        jdbc.sql("select id, report_id, profile_id, report_type from amazon_ads_pending_reports where " + scope.where()
                        + " and status = 'pending' and amazon_status = 'COMPLETED' order by start_date, id")
                .params(scope.params())
                .query(rs -> {
                    ExecutionContext context = new ExecutionContext();
                    context.putLong(PENDING_ID, rs.getLong(1));
                    context.putString(REPORT_ID, rs.getString(2));
                    context.putLong(PROFILE_ID, rs.getLong(3));
                    context.putString(REPORT_TYPE, rs.getString(4));
                    partitions.put("report-" + rs.getLong(1), context);
                });
        return partitions;
    }
}
