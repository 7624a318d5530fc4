package io.adsync.jobs.pending;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** The inclusive days one report covers. Amazon allows at most {@link #MAX_DAYS} per report. */
public record DateRange(LocalDate start, LocalDate end) {

    public static final int MAX_DAYS = 31;

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The fewest ranges of at most {@link #MAX_DAYS} days covering every missing day. Days between
     * two missing ones are fetched again rather than split into more reports: a re-load is an
     * idempotent upsert, a report request costs minutes and rate-limit budget.
     */
    public static List<DateRange> covering(SortedSet<LocalDate> missing) {
        List<DateRange> ranges = new ArrayList<>();
        LocalDate start = null;
        LocalDate last = null;
        for (LocalDate day : missing) {
            if (start == null) {
                start = day;
            } else if (ChronoUnit.DAYS.between(start, day) >= MAX_DAYS) {
                ranges.add(new DateRange(start, last));
                start = day;
            }
            last = day;
        }
        if (start != null) {
            ranges.add(new DateRange(start, last));
        }
        return ranges;
    }

    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + ".." + end;
    }
}
