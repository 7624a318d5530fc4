package io.adsync.web.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import io.adsync.web.api.BadRequestException;

/**
 * The inclusive days a report covers. Without dates it is the last 30 complete days (ending
 * yesterday: today's ad data does not exist yet at Amazon).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The range presets of the reports page. */
    public static final List<Integer> PRESETS = List.of(7, 30, 90);
    static final int DEFAULT_DAYS = 30;
    /** A year and a day: enough for any chart, small enough that a typo cannot ask for a century. */
    static final int MAX_DAYS = 367;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BadRequestException("The range " + from + " to " + to + " is longer than " + MAX_DAYS
                    + " days: choose a shorter one");
        }
    }

    /** The last {@code days} days ending yesterday. */
    public static ReportPeriod lastDays(int days, LocalDate today) {
        LocalDate to = today.minusDays(1);
        return new ReportPeriod(to.minusDays(days - 1L), to);
    }

    /** The given dates, either of which may be missing: the default period supplies what is. */
    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return lastDays(DEFAULT_DAYS, today);
        }
        LocalDate end = to != null ? to : today.minusDays(1);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        return new ReportPeriod(start, end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Stream<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1));
    }

    /** Whether this is the preset of {@code days} days ending yesterday, so the page can mark it. */
    public boolean isPreset(int days, LocalDate today) {
        return equals(lastDays(days, today));
    }
}
