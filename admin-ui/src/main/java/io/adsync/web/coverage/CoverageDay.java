package io.adsync.web.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One date of the coverage calendar.
 *
 * @param campaigns     campaign rows loaded for the date (0: none)
 * @param lastRefreshed when its rows were last written; Amazon restates a date's sales for weeks,
 *                      so the request job fetches it again at 1, 3, 7, 14 and 30 days old
 * @param requested     a report covering the date is requested and not loaded yet
 */
public record CoverageDay(LocalDate date, long campaigns, Instant lastRefreshed, boolean requested) {

    public enum State { LOADED, REQUESTED, MISSING }

    public State state() {
        if (campaigns > 0) {
            return State.LOADED;
        }
        return requested ? State.REQUESTED : State.MISSING;
    }

    public boolean loaded() {
        return state() == State.LOADED;
    }

    public boolean missing() {
        return state() == State.MISSING;
    }

    /** How many days old the date was when it was last refreshed (the restatement it has seen). */
    public Long ageAtRefresh(ZoneId zone) {
        return lastRefreshed == null ? null
                : ChronoUnit.DAYS.between(date, lastRefreshed.atZone(zone).toLocalDate());
    }
}
