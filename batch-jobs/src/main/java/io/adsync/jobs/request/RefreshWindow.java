package io.adsync.jobs.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.adsync.jobs.pending.DateRange;

/**
 * The days the daily request fetches again: every day of the last {@code days} before the run's day,
 * as consecutive reports of at most 31 days, newest first. Amazon restates conversions up to about 42
 * days after the ad day, so each day is re-fetched daily until it leaves the window; after that it
 * is final. 60 days are two reports per profile and type and day, inside Amazon's advice of one or
 * two.
 *
 * @param days how many days back, already capped by the report type's retention
 */
public record RefreshWindow(LocalDate day, int days) {

    public RefreshWindow {
        if (days < 1) {
            throw new IllegalArgumentException("the refresh window needs at least 1 day, got " + days);
        }
    }

    /** A window of {@code refreshDays}, never reaching back beyond what Amazon keeps. */
    public static RefreshWindow of(LocalDate day, int refreshDays, int retentionDays) {
        return new RefreshWindow(day, Math.min(refreshDays, retentionDays));
    }

    /** The oldest day still re-fetched; days before it are final. */
    public LocalDate first() {
        return day.minusDays(days);
    }

    public List<DateRange> ranges() {
        List<DateRange> ranges = new ArrayList<>();
        LocalDate end = day.minusDays(1);
        while (!end.isBefore(first())) {
            LocalDate start = end.minusDays(DateRange.MAX_DAYS - 1L);
            if (start.isBefore(first())) {
                start = first();
            }
            ranges.add(new DateRange(start, end));
            end = start.minusDays(1);
        }
        return ranges;
    }

    public boolean contains(DateRange range) {
        return !range.start().isBefore(first()) && range.end().isBefore(day);
    }
}
