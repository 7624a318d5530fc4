package io.adsync.coverage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day a completed report covered, as {@code report_coverage} holds it.
 *
 * @param rows     the rows that report held for the day: 0 is a loaded day without activity
 * @param ageDays  how many days old the day was (profile time) when it was loaded
 * @param reportId Amazon's reportId, null for a day carried over from version 1
 */
public record CoveredDay(LocalDate date, long rows, Instant loadedAt, int ageDays, String reportId) {
}
