package io.adsync.web.coverage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage calendar of the last {@link #DAYS} days (Amazon keeps 95 days of reports), ending
 * yesterday, laid out as Monday-first weeks.
 *
 * @param days          the dates oldest first
 * @param onTheirWay    reports of some of the dates are requested, or a backfill runs: the page
 *                      refreshes itself until they are loaded
 */
public record Coverage(LocalDate today, List<CoverageDay> days, boolean onTheirWay) {

    public static final int DAYS = 95;

    public LocalDate first() {
        return today.minusDays(DAYS);
    }

    public LocalDate last() {
        return today.minusDays(1);
    }

    /** Weeks of seven cells, Monday first; cells before the first or after the last date are null. */
    public List<List<CoverageDay>> weeks() {
        List<List<CoverageDay>> weeks = new ArrayList<>();
        LocalDate monday = first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate start = monday; !start.isAfter(last()); start = start.plusWeeks(1)) {
            List<CoverageDay> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate date = start.plusDays(i);
                week.add(date.isBefore(first()) || date.isAfter(last()) ? null
                        : days.get((int) ChronoUnit.DAYS.between(first(), date)));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public long loadedCount() {
        return days.stream().filter(CoverageDay::loaded).count();
    }

    public long missingCount() {
        return days.stream().filter(CoverageDay::missing).count();
    }

    public long beyondRetentionCount() {
        return days.stream().filter(day -> day.state() == CoverageDay.State.BEYOND_RETENTION).count();
    }

    public long requestedCount() {
        return days.stream().filter(day -> day.state() == CoverageDay.State.REQUESTED).count();
    }

    public List<LocalDate> missingDates() {
        return days.stream().filter(CoverageDay::missing).map(CoverageDay::date).toList();
    }
}
