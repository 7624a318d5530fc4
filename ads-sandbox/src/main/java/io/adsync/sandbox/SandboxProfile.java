package io.adsync.sandbox;

import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * One advertising profile the sandbox serves, as {@code GET /v2/profiles} describes it.
 *
 * @param accountType {@code seller}, {@code vendor} or {@code agency} (DSP only: no sponsored ads reports)
 */
public record SandboxProfile(long profileId, String countryCode, String currencyCode, String timezone,
                             String marketplaceStringId, String accountId, String accountName, String accountType,
                             BigDecimal dailyBudget) {

    /** Amazon computes report dates in the profile's time zone, so does the sandbox. */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
