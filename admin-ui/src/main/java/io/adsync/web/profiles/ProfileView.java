package io.adsync.web.profiles;

import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.profiles.AdvertisingProfile;

/**
 * A profile as {@code /api/profiles} answers it. {@code region} is where it was discovered (SANDBOX
 * for the built-in emulator), {@code marketplaceRegion} the Amazon region of its marketplace;
 * {@code problem} says why it is not synced although it might be (no longer listed by Amazon, an
 * agency profile); null when there is none.
 */
public record ProfileView(long profileId, String region, String marketplaceRegion, String countryCode,
                          String currencyCode, String timezone, String marketplaceId, String accountName,
                          String accountType, boolean enabled, List<String> reportTypes, String problem) {

    public static ProfileView of(AdvertisingProfile profile) {
        AdsRegion marketplaceRegion = AdsRegion.ofCountry(profile.countryCode());
        return new ProfileView(profile.profileId(), profile.region() == null ? null : profile.region().name(),
                marketplaceRegion == null ? null : marketplaceRegion.name(), profile.countryCode(),
                profile.currencyCode(), profile.timezone(), profile.marketplaceId(), profile.accountName(),
                profile.accountType(), profile.enabled(), profile.reportTypes(), profile.cannotBeEnabledBecause());
    }

    public record Profiles(List<ProfileView> profiles) {

        static Profiles of(List<AdvertisingProfile> profiles) {
            return new Profiles(profiles.stream().map(ProfileView::of).toList());
        }
    }
}
