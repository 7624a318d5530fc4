package io.adsync.spapi;

import java.util.Objects;

import io.adsync.ads.AdsRegion;
import io.adsync.ads.LwaCredentials;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SecretMask;

/**
 * What the SP-API client needs to act for one seller in one marketplace.
 *
 * @param region where the calls go: the marketplace's region, or SANDBOX for the built-in sandbox
 */
public record SpApiCredentials(String clientId, String clientSecret, String refreshToken, String marketplaceId,
                               AdsRegion region) {

    public static final String SETTINGS_NAME = "SP-API";

    public SpApiCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(marketplaceId, "marketplaceId");
        Objects.requireNonNull(region, "region");
    }

    /**
     * @throws UnknownMarketplaceException when the saved marketplace id is none of Amazon's and no region is saved
     */
    public static SpApiCredentials of(AmazonSpApiSettings settings) {
        String marketplaceId = settings.marketplaceId() == null ? "" : settings.marketplaceId().strip();
        AdsRegion region = settings.region() != null && !settings.region().isBlank()
                ? AdsRegion.valueOf(settings.region().strip().toUpperCase())
                : SpApiMarketplace.byId(marketplaceId).map(SpApiMarketplace::region)
                        .orElseThrow(() -> new UnknownMarketplaceException(marketplaceId));
        return new SpApiCredentials(settings.clientId(), settings.clientSecret(), settings.refreshToken(),
                marketplaceId, region);
    }

    public LwaCredentials lwa() {
        return new LwaCredentials(clientId, clientSecret, refreshToken, SETTINGS_NAME);
    }

    @Override
    public String toString() {
        return "SpApiCredentials[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", marketplaceId=" + marketplaceId
                + ", region=" + region + "]";
    }
}
