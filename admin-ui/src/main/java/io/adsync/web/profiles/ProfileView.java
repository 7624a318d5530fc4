package io.adsync.web.profiles;

import java.util.List;

import io.adsync.profiles.AdvertisingProfile;

/**
 * A profile as {@code /api/profiles} answers it. {@code problem} says why it is not synced although
 * it might be (no longer listed by Amazon, an agency profile); null when there is none.
 */
public record ProfileView(long profileId, String region, String countryCode, String currencyCode, String timezone,
                          String marketplaceId, String accountName, String accountType, boolean enabled,
                          List<String> reportTypes, String problem) {

    public static ProfileView of(AdvertisingProfile profile) {
        return new ProfileView(profile.profileId(), profile.region() == null ? null : profile.region().name(),
                profile.countryCode(), profile.currencyCode(), profile.timezone(), profile.marketplaceId(),
                profile.accountName(), profile.accountType(), profile.enabled(), profile.reportTypes(),
                profile.cannotBeEnabledBecause());
    }

    public record Profiles(List<ProfileView> profiles) {

        static Profiles of(List<AdvertisingProfile> profiles) {
            return new Profiles(profiles.stream().map(ProfileView::of).toList());
        }
    }
}
