package io.adsync.jobs.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.adsync.report.ColumnRegistry;
import io.adsync.report.ReportColumn;

/**
 * The SQL of the bulk upsert, derived once from the column registry: a session-local staging table,
 * the COPY into it, and the {@code INSERT ... SELECT ... ON CONFLICT} into {@code amazon_sp_ads}.
 */
final class UpsertStatements {

    static final String STAGING_TABLE = "amazon_sp_ads_staging";
    private static final String KEY = String.join(", ", ColumnRegistry.KEY);

    /** Staging columns in COPY order: org and profile, the registry columns, extra. */
    static final List<String> COLUMNS = columns();

    /**
     * Session-local, so concurrent loads never see each other's rows. Emptied by every commit, in
     * place: a TRUNCATE per chunk would give the table a new file each time.
     */
    static final String CREATE_STAGING = "create temp table if not exists " + STAGING_TABLE + " ("
            + "org_id bigint, profile_id bigint, "
            + ColumnRegistry.columns().stream()
                    .map(column -> column.columnName() + " " + column.type().sqlType())
                    .collect(Collectors.joining(", "))
            + ", extra jsonb) on commit delete rows";

    static final String COPY = "copy " + STAGING_TABLE + " (" + String.join(", ", COLUMNS)
            + ") from stdin";

    /** Straight into the table, for rows none of which is stored yet: the fastest way in. */
    static final String COPY_INTO_TABLE = "copy amazon_sp_ads (" + String.join(", ", COLUMNS) + ") from stdin";

    /**
     * A chunk's commit does not wait for its WAL to reach the disk (a flush per chunk costs as much
     * as storing the chunk). A database crash can lose the last fraction of a second of chunks, but
     * each together with the reader position committed with it, so the restarted load re-reads
     * exactly those; the report's completion is committed synchronously, which flushes all of them.
     */
    static final String ASYNC_COMMIT = "set local synchronous_commit to off";

    /**
     * An upsert moves {@code updated_at} and keeps {@code created_at}: Amazon restates recent days,
     * and the console shows when a day was last refreshed.
     */
    static final String UPSERT = "insert into amazon_sp_ads (" + String.join(", ", COLUMNS) + ") "
            + "select " + String.join(", ", COLUMNS) + " from " + STAGING_TABLE + " "
            + onConflictUpdate();

    /**
     * The upsert of a chunk that names a key more than once: the last row of each key wins, as it
     * would had the rows come in chunks of their own. The staging table is filled by one COPY into
     * an empty heap, so its physical order ({@code ctid}) is the report's order.
     */
    static final String UPSERT_LAST_OF_EACH_KEY = "insert into amazon_sp_ads (" + String.join(", ", COLUMNS) + ") "
            + "select distinct on (" + KEY + ") " + String.join(", ", COLUMNS)
            + " from " + STAGING_TABLE + " order by " + KEY + ", ctid desc "
            + onConflictUpdate();

    private UpsertStatements() {
    }

    private static String onConflictUpdate() {
        return "on conflict (" + KEY + ") do update set "
                + COLUMNS.stream()
                        .filter(column -> !ColumnRegistry.KEY.contains(column))
                        .map(column -> column + " = excluded." + column)
                        .collect(Collectors.joining(", "))
                + ", updated_at = now()";
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add("org_id");
        columns.add("profile_id");
        ColumnRegistry.columns().stream().map(ReportColumn::columnName).forEach(columns::add);
        columns.add("extra");
        return List.copyOf(columns);
    }
}
