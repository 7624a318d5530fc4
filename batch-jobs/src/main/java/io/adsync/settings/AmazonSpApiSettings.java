package io.adsync.settings;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An org's Amazon Selling Partner API credentials (the sales side), stored encrypted under the key
 * {@code amazon} as JSON with snake_case names ({@code client_id, client_secret, refresh_token,
 * marketplace_id, region}).
 *
 * @param region NA, EU, FE or SANDBOX (the built-in sandbox); null or blank: the marketplace's own region,
 *               which is what every saved object before the sales job means
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmazonSpApiSettings(String clientId, String clientSecret, String refreshToken, String marketplaceId,
                                  String region) {

    /** Credentials whose region follows from the marketplace. */
    public AmazonSpApiSettings(String clientId, String clientSecret, String refreshToken, String marketplaceId) {
        this(clientId, clientSecret, refreshToken, marketplaceId, null);
    }

    @Override
    public String toString() {
        return "AmazonSpApiSettings[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", marketplaceId=" + marketplaceId + ", region="
                + region + "]";
    }
}
