package io.adsync.web.coverage;

import java.time.Instant;
import java.time.LocalDate;

import io.adsync.coverage.CoveredDay;

/**
 * One date of the coverage calendar.
 *
 * @param covered   what the latest completed report of the date held, null when none covered it
 * @param requested a report covering the date is requested and not loaded yet, or a running
 *                  backfill is about to request it
 * @param beyondRefresh the date is older than the refresh window: the daily request no longer
 *                      fetches it, so what is loaded of it is final
 * @param beyondRetention the date is older than Amazon keeps this report type (60 days of Sponsored
 *                        Brands, 65 of Display, 95 of Products): not loaded, it can no longer be
 */
public record CoverageDay(LocalDate date, CoveredDay covered, boolean requested, boolean beyondRefresh,
                          boolean beyondRetention) {

    public enum State { LOADED, EMPTY, REQUESTED, MISSING, BEYOND_RETENTION }

    /**
     * A loaded day stays loaded while a newer report of it is on its way (its figures stand until
     * then); a loaded day without activity is EMPTY, not missing.
     */
    public State state() {
        if (covered != null) {
            return covered.rows() > 0 ? State.LOADED : State.EMPTY;
        }
        if (requested) {
            return State.REQUESTED;
        }
        return beyondRetention ? State.BEYOND_RETENTION : State.MISSING;
    }

    public boolean loaded() {
        return covered != null;
    }

    public boolean missing() {
        return state() == State.MISSING;
    }

    public long campaigns() {
        return covered == null ? 0 : covered.rows();
    }

    public Instant lastRefreshed() {
        return covered == null ? null : covered.loadedAt();
    }

    /** How many days old the date was when it was last loaded (the restatements it has seen). */
    public Integer ageAtRefresh() {
        return covered == null ? null : covered.ageDays();
    }

    public boolean isFinal() {
        return covered != null && beyondRefresh;
    }
}
