package io.adsync.ads;

import java.util.Objects;

import io.adsync.settings.SecretMask;

/**
 * What Login with Amazon needs to issue an access token: an application (client id and secret) and a seller's or
 * advertiser's refresh token for it. The Ads API and the Selling Partner API authenticate the same way.
 *
 * @param settingsName the settings section the credentials come from ("Amazon Ads", "SP-API"), named in messages
 *                     that tell the user what to fix
 */
public record LwaCredentials(String clientId, String clientSecret, String refreshToken, String settingsName) {

    public LwaCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(settingsName, "settingsName");
    }

    /** Credentials end up in log lines and exception messages by accident; the secrets must not. */
    @Override
    public String toString() {
        return "LwaCredentials[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", settingsName=" + settingsName + "]";
    }
}
