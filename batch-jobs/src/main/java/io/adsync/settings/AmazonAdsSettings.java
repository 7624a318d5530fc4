package io.adsync.settings;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRegion;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An org's Amazon Ads API credentials, stored encrypted under the key {@code amazon_ads} as JSON with
 * snake_case names ({@code client_id, client_secret, refresh_token, profile_id, region}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmazonAdsSettings(String clientId, String clientSecret, String refreshToken, long profileId,
                                AdsRegion region) {

    public AdsCredentials toCredentials() {
        return new AdsCredentials(clientId, clientSecret, refreshToken, profileId, region);
    }

    @Override
    public String toString() {
        return "AmazonAdsSettings[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", profileId=" + profileId
                + ", region=" + region + "]";
    }
}
