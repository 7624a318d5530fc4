package io.adsync.jobs.backfill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import io.adsync.jobs.pending.DateRange;

/**
 * What a backfill run fetches: a window of days, the days of it already loaded (skipped), and the
 * ranges of at most 31 days that cover the missing ones.
 */
public record BackfillPlan(LocalDate first, LocalDate last, SortedSet<LocalDate> skipped, List<DateRange> ranges) {

    /** @param window the days to backfill; {@link #window} gives the usual one */
    public static BackfillPlan of(DateRange window, SortedSet<LocalDate> loaded) {
        LocalDate first = window.start();
        LocalDate last = window.end();
        SortedSet<LocalDate> missing = new TreeSet<>();
        SortedSet<LocalDate> skipped = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            (loaded.contains(day) ? skipped : missing).add(day);
        }
        return new BackfillPlan(first, last, skipped, DateRange.covering(missing));
    }

    /**
     * The {@code days} days before today, or the days between {@code from} and {@code to} where given,
     * never today (it is not over yet) nor a day after it.
     *
     * @param today the profile-local today
     */
    public static DateRange window(LocalDate today, int days, LocalDate from, LocalDate to) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate end = to == null || to.isAfter(yesterday) ? yesterday : to;
        LocalDate start = from == null ? today.minusDays(days) : from;
        return new DateRange(start.isAfter(end) ? end : start, end);
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
