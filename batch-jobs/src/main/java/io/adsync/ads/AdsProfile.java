package io.adsync.ads;

import java.time.ZoneId;

/**
 * An advertising profile (one advertiser in one marketplace) from {@code GET /v2/profiles}.
 *
 * @param timezone IANA zone of the marketplace, e.g. {@code Europe/London}: report days are days in this zone
 */
public record AdsProfile(long profileId, String countryCode, String currencyCode, String timezone) {

    /** "Yesterday" and every lookback day are computed in this zone, not in UTC. */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
