package io.adsync.benchmark;

import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportColumn;

/** The columns of {@code amazon_sp_ads} a report row fills, in the generated COPY text's order. */
final class TableColumns {

    static final String TABLE = "amazon_sp_ads";
    static final List<String> NAMES = names();
    private static final List<String> KEY = ReportCatalog.spCampaigns().keyColumns();

    private TableColumns() {
    }

    /** {@code INSERT ... ON CONFLICT} of one row, updating like the loader's merge. */
    static String upsertOneRow() {
        List<String> placeholders = new ArrayList<>();
        for (String name : NAMES) {
            placeholders.add(name.equals("extra") ? "?::jsonb" : "?");
        }
        List<String> updates = new ArrayList<>();
        for (String name : NAMES) {
            if (!KEY.contains(name)) {
                updates.add(name + " = excluded." + name);
            }
        }
        return "insert into " + TABLE + " (" + String.join(", ", NAMES) + ") values ("
                + String.join(", ", placeholders) + ") on conflict (" + String.join(", ", KEY) + ") do update set "
                + String.join(", ", updates) + ", updated_at = now()";
    }

    static String copy() {
        return "copy " + TABLE + " (" + String.join(", ", NAMES) + ") from stdin";
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("org_id");
        names.add("profile_id");
        ReportCatalog.spCampaigns().columns().stream().map(ReportColumn::columnName).forEach(names::add);
        names.add("extra");
        return List.copyOf(names);
    }
}
