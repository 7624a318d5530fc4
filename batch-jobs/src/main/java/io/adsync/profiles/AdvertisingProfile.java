package io.adsync.profiles;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.adsync.ads.AdsProfile;
import io.adsync.ads.AdsRegion;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;

/**
 * One advertising profile of an organization as {@code ads_profiles} holds it: what Amazon said of it
 * at the last discovery, and whether (and for which report types) the jobs sync it.
 *
 * @param region       where Amazon lists it; null for a profile carried over from version 1 until its first discovery
 * @param timezone     the profile's zone: its report days are days there; null until discovered
 * @param missingSince when a discovery first no longer listed it (it stays, disabled, with its data)
 */
public record AdvertisingProfile(long orgId, long profileId, AdsRegion region, String countryCode,
                                 String currencyCode, String timezone, String marketplaceId, String accountName,
                                 String accountType, boolean enabled, List<String> reportTypes,
                                 Instant missingSince, Instant discoveredAt) {

    public AdvertisingProfile {
        reportTypes = List.copyOf(reportTypes);
    }

    /** The catalogue's definitions of the report types it syncs; a type the catalogue no longer has is left out. */
    public List<ReportDefinition> reportDefinitions() {
        return reportTypes.stream().map(ReportCatalog::find).flatMap(Optional::stream).toList();
    }

    public boolean discovered() {
        return timezone != null;
    }

    public ZoneId zone() {
        if (timezone == null) {
            throw new IllegalStateException("The time zone of profile " + profileId + " is not known yet: run a "
                    + "discovery of the organization's profiles");
        }
        return ZoneId.of(timezone);
    }

    /** Why it cannot be enabled, or null when it can: a DSP-only agency profile has no sponsored ads reports. */
    public String cannotBeEnabledBecause() {
        if (AdsProfile.AGENCY.equals(accountType)) {
            return "an agency (DSP) profile has no Sponsored Products, Brands or Display reports";
        }
        if (missingSince != null) {
            return "Amazon no longer lists this profile for the connection (since " + missingSince
                    + "): the authorization may have lost access to it";
        }
        return null;
    }

    /** {@code Sandbox Kitchen Ltd GB (366822873177837)}: how pages and logs name it. */
    public String label() {
        String name = accountName != null ? accountName + " " : "";
        String country = countryCode != null ? countryCode + " " : "";
        return name + country + "(" + profileId + ")";
    }
}
