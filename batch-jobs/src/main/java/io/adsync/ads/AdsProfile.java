package io.adsync.ads;

import java.time.ZoneId;

/**
 * An advertising profile (one advertiser in one marketplace) from {@code GET /v2/profiles}.
 *
 * @param timezone      IANA zone of the marketplace, e.g. {@code Europe/London}: report days are days in this zone
 * @param marketplaceId Amazon's marketplace id ({@code A1F83G8C2ARO7P}), the SP-API's key for the same shop
 * @param accountType   {@code seller}, {@code vendor} or {@code agency} (DSP only: no sponsored ads reports)
 */
public record AdsProfile(long profileId, String countryCode, String currencyCode, String timezone,
                         String marketplaceId, String accountName, String accountType) {

    public static final String AGENCY = "agency";

    /** A profile as {@code GET /v2/profiles} lists it; {@code accountInfo} describes the advertiser. */
    record Listed(long profileId, String countryCode, String currencyCode, String timezone, AccountInfo accountInfo) {

        record AccountInfo(String marketplaceStringId, String name, String type) {
        }

        AdsProfile toProfile() {
            AccountInfo info = accountInfo != null ? accountInfo : new AccountInfo(null, null, null);
            return new AdsProfile(profileId, countryCode, currencyCode, timezone, info.marketplaceStringId(),
                    info.name(), info.type());
        }
    }

    /** "Yesterday" and every lookback day are computed in this zone, not in UTC. */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
