package io.adsync.jobs.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.adsync.report.ReportColumn;
import io.adsync.report.ReportDefinition;

/**
 * The SQL of the bulk upsert of one report type, derived from its definition: a session-local
 * staging table, the COPY into it, the {@code UPDATE ... FROM} of the stored rows it names, and the
 * {@code INSERT ... SELECT ... ON CONFLICT} into the type's table on its unique key.
 */
record UpsertStatements(String createStaging, String copy, String copyIntoTable, String updateStored,
                        String upsert, String upsertLastOfEachKey, String stagedRowsByDay) {

    /**
     * A chunk's commit does not wait for its WAL to reach the disk (a flush per chunk costs as much
     * as storing the chunk). A database crash can lose the last fraction of a second of chunks, but
     * each together with the reader position committed with it, so the restarted load re-reads
     * exactly those; the report's completion is committed synchronously, which flushes all of them.
     */
    static final String ASYNC_COMMIT = "set local synchronous_commit to off";

    static UpsertStatements of(ReportDefinition definition) {
        String staging = definition.table() + "_staging";
        List<String> columns = columns(definition);
        String names = String.join(", ", columns);
        String key = String.join(", ", definition.keyColumns());
        List<String> values = columns.stream().filter(column -> !definition.keyColumns().contains(column)).toList();
        String onConflictUpdate = "on conflict (" + key + ") do update set " + assignments(values, "excluded");
        return new UpsertStatements(
                // session-local, so concurrent loads never see each other's rows; emptied by every
                // commit, in place: a TRUNCATE per chunk would give the table a new file each time
                "create temp table if not exists " + staging + " (org_id bigint, profile_id bigint, "
                        + definition.columns().stream()
                                .map(column -> column.columnName() + " " + column.type().sqlType())
                                .collect(Collectors.joining(", "))
                        + ", extra jsonb) on commit delete rows",
                "copy " + staging + " (" + names + ") from stdin",
                // straight into the table, for rows none of which is stored yet: the fastest way in
                "copy " + definition.table() + " (" + names + ") from stdin",
                // the staged rows stored before the load (its pending report's id bound; null: every
                // stored row), rewritten in place (a HOT update: the tables keep half of each page
                // free); a staged key names one stored row at most
                "update " + definition.table() + " t set " + assignments(values, "s") + " from " + staging + " s where "
                        + definition.keyColumns().stream().map(column -> "t." + column + " = s." + column)
                                .collect(Collectors.joining(" and "))
                        + " and t.updated_at < coalesce((select load_started_at from amazon_ads_pending_reports"
                        + " where id = ?), 'infinity')",
                // an upsert moves updated_at and keeps created_at: Amazon restates recent days, and
                // the console shows when a day was last refreshed
                "insert into " + definition.table() + " (" + names + ") select " + names + " from " + staging + " "
                        + onConflictUpdate,
                // a chunk that names a key more than once: the last row of each key wins, as it would
                // had the rows come in chunks of their own; the staging table is filled by one COPY
                // into an empty heap, so its physical order (ctid) is the report's order
                "insert into " + definition.table() + " (" + names + ") select distinct on (" + key + ") " + names
                        + " from " + staging + " order by " + key + ", ctid desc " + onConflictUpdate,
                // the rows such a chunk stored, per day: one per distinct key
                "select date, count(*) from (select distinct " + key + " from " + staging + ") stored group by date");
    }

    /** {@code column = source.column, ...}: every value column, and updated_at moved. */
    private static String assignments(List<String> values, String source) {
        return values.stream().map(column -> column + " = " + source + "." + column)
                .collect(Collectors.joining(", ")) + ", updated_at = now()";
    }

    /** Staging columns in COPY order: org and profile, the report columns, extra. */
    static List<String> columns(ReportDefinition definition) {
        List<String> columns = new ArrayList<>();
        columns.add("org_id");
        columns.add("profile_id");
        definition.columns().stream().map(ReportColumn::columnName).forEach(columns::add);
        columns.add("extra");
        return List.copyOf(columns);
    }
}
