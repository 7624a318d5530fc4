package io.adsync.jobs.backfill;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import io.adsync.jobs.pending.DateRange;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Keeps the plan in the job's execution context: made once, it survives restarts, so a restarted
 * backfill neither re-plans (the days it loaded would now count as "skipped") nor re-requests.
 */
final class BackfillPlanStore {

    private static final String FIRST = "backfill.first";
    private static final String LAST = "backfill.last";
    private static final String SKIPPED = "backfill.skipped";
    private static final String RANGES = "backfill.ranges";

    private BackfillPlanStore() {
    }

    static boolean has(ExecutionContext context) {
        return context.containsKey(RANGES);
    }

    static void save(BackfillPlan plan, ExecutionContext context) {
        context.putString(FIRST, plan.first().toString());
        context.putString(LAST, plan.last().toString());
        context.putString(SKIPPED, String.join(",", plan.skipped().stream().map(LocalDate::toString).toList()));
        context.putString(RANGES, String.join(",",
                plan.ranges().stream().map(range -> range.start() + ".." + range.end()).toList()));
    }

    static BackfillPlan load(ExecutionContext context) {
        TreeSet<LocalDate> skipped = new TreeSet<>();
        split(context.getString(SKIPPED)).forEach(day -> skipped.add(LocalDate.parse(day)));
        List<DateRange> ranges = split(context.getString(RANGES)).stream().map(range -> {
            String[] bounds = range.split("\\.\\.");
            return new DateRange(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1]));
        }).toList();
        return new BackfillPlan(LocalDate.parse(context.getString(FIRST)), LocalDate.parse(context.getString(LAST)),
                skipped, ranges);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
