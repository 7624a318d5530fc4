package io.adsync.jobs.backfill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import io.adsync.jobs.pending.DateRange;

/**
 * What a backfill run fetches: the window of days before today, the days already loaded (skipped),
 * and the ranges of at most 31 days that cover the missing ones.
 */
public record BackfillPlan(LocalDate first, LocalDate last, SortedSet<LocalDate> skipped, List<DateRange> ranges) {

    /** @param today the profile-local today, which is never part of a backfill (not over yet) */
    public static BackfillPlan of(LocalDate today, int days, SortedSet<LocalDate> loaded) {
        LocalDate first = today.minusDays(days);
        LocalDate last = today.minusDays(1);
        SortedSet<LocalDate> missing = new TreeSet<>();
        SortedSet<LocalDate> skipped = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            (loaded.contains(day) ? skipped : missing).add(day);
        }
        return new BackfillPlan(first, last, skipped, DateRange.covering(missing));
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
