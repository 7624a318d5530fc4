package io.adsync.benchmark;

import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ReportColumn;
import io.adsync.report.ReportDefinition;

/** The columns of a report type's table a report row fills, in the generated COPY text's order. */
record TableColumns(String table, List<String> names, List<String> key) {

    static TableColumns of(ReportDefinition definition) {
        List<String> names = new ArrayList<>();
        names.add("org_id");
        names.add("profile_id");
        definition.columns().stream().map(ReportColumn::columnName).forEach(names::add);
        names.add("extra");
        return new TableColumns(definition.table(), List.copyOf(names), definition.keyColumns());
    }

    /** {@code INSERT ... ON CONFLICT} of one row, updating like the loader's merge. */
    String upsertOneRow() {
        List<String> placeholders = new ArrayList<>();
        for (String name : names) {
            placeholders.add(name.equals("extra") ? "?::jsonb" : "?");
        }
        List<String> updates = new ArrayList<>();
        for (String name : names) {
            if (!key.contains(name)) {
                updates.add(name + " = excluded." + name);
            }
        }
        return "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", placeholders) + ") on conflict (" + String.join(", ", key) + ") do update set "
                + String.join(", ", updates) + ", updated_at = now()";
    }

    String copy() {
        return "copy " + table + " (" + String.join(", ", names) + ") from stdin";
    }
}
