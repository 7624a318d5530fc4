package io.adsync.settings;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An org's Amazon Selling Partner API credentials (the sales side), stored encrypted under the key
 * {@code amazon} as JSON with snake_case names ({@code client_id, client_secret, refresh_token,
 * marketplace_id}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmazonSpApiSettings(String clientId, String clientSecret, String refreshToken, String marketplaceId) {

    @Override
    public String toString() {
        return "AmazonSpApiSettings[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", marketplaceId=" + marketplaceId + "]";
    }
}
