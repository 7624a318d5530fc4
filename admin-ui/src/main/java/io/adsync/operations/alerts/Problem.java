package io.adsync.operations.alerts;

/**
 * Something wrong with an org's sync, as a check sees it now.
 *
 * @param key tells problems of one kind apart (the job, the report, the profile); the same problem
 *            seen again has the same key, so it stays one alert
 */
public record Problem(long orgId, AlertKind kind, String key, String message) {
}
