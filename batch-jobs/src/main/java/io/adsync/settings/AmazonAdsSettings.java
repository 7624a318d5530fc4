package io.adsync.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRegion;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An org's Amazon Ads API connection, stored encrypted under the key {@code amazon_ads} as JSON with
 * snake_case names ({@code client_id, client_secret, refresh_token, profile_id, region, regions}).
 * One authorization reaches many profiles; {@code profile_id} is the one version 1 synced (saving it
 * enables it; {@link #NO_PROFILE} when none is named and discovery lists them), {@code regions} the
 * regions besides {@code region} where profiles are discovered.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmazonAdsSettings(String clientId, String clientSecret, String refreshToken, long profileId,
                                AdsRegion region, List<AdsRegion> regions) {

    /** The profile id of a connection that names none. */
    public static final long NO_PROFILE = AdsCredentials.NO_PROFILE;

    public AmazonAdsSettings {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public AmazonAdsSettings(String clientId, String clientSecret, String refreshToken, long profileId,
                             AdsRegion region) {
        this(clientId, clientSecret, refreshToken, profileId, region, List.of());
    }

    /** The connection's region first, then the others ticked, each once. */
    public List<AdsRegion> discoveryRegions() {
        Set<AdsRegion> all = new LinkedHashSet<>();
        all.add(region);
        all.addAll(regions);
        return List.copyOf(all);
    }

    public boolean namesAProfile() {
        return profileId > NO_PROFILE;
    }

    public AdsCredentials toCredentials() {
        return new AdsCredentials(clientId, clientSecret, refreshToken, profileId, region);
    }

    @Override
    public String toString() {
        return "AmazonAdsSettings[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", profileId=" + profileId
                + ", region=" + region + ", regions=" + regions + "]";
    }
}
