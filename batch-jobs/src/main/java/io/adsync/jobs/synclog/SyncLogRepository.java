package io.adsync.jobs.synclog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SyncLogRepository {

    private static final String COLUMNS =
            "id, org_id, source, job_name, status, message, rows, started_at, finished_at, details::text";

    private final JdbcClient jdbc;

    public SyncLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SyncLog log) {
        jdbc.sql("""
                insert into sync_logs (org_id, source, job_name, status, message, rows, started_at, finished_at, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(log.orgId(), log.source(), log.jobName(), log.status(), log.message(), log.rows(),
                        Timestamp.from(log.startedAt()),
                        log.finishedAt() == null ? null : Timestamp.from(log.finishedAt()),
                        log.details())
                .update();
    }

    public List<SyncLog> recent(long orgId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sync_logs where org_id = ? order by started_at desc, id desc limit ?")
                .params(orgId, limit)
                .query(SyncLogRepository::map)
                .list();
    }

    /** The org's last logged run of each job, in the order they were logged (the newest last). */
    public List<SyncLog> lastOfEachJob(long orgId) {
        return jdbc.sql("select * from (select distinct on (job_name) " + COLUMNS
                        + " from sync_logs where org_id = ? order by job_name, id desc) last order by id")
                .param(orgId)
                .query(SyncLogRepository::map)
                .list();
    }

    private static SyncLog map(ResultSet rs, int row) throws SQLException {
        return new SyncLog(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getString(10));
    }
}
