package io.adsync.ads;

import java.util.Objects;

/**
 * What the client needs to act for one advertiser: a Login-with-Amazon application (client id and secret), the
 * advertiser's refresh token for it, and the advertising profile whose reports are fetched.
 */
public record AdsCredentials(String clientId, String clientSecret, String refreshToken, long profileId,
                             AdsRegion region) {

    /** The profile id of credentials that name none (a connection whose profiles are ticked under Settings). */
    public static final long NO_PROFILE = 0;

    public AdsCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(region, "region");
    }

    public boolean namesAProfile() {
        return profileId > NO_PROFILE;
    }

    /** The same connection acting for another of the profiles it reaches (the scope of the report calls). */
    public AdsCredentials forProfile(long otherProfileId) {
        return new AdsCredentials(clientId, clientSecret, refreshToken, otherProfileId, region);
    }

    /** The same connection in another region, where Amazon lists that region's profiles. */
    public AdsCredentials inRegion(AdsRegion otherRegion) {
        return new AdsCredentials(clientId, clientSecret, refreshToken, profileId, otherRegion);
    }

    /** The Login-with-Amazon part, for the shared token service. */
    public LwaCredentials lwa() {
        return new LwaCredentials(clientId, clientSecret, refreshToken, "Amazon Ads");
    }

    /** Credentials end up in log lines and exception messages by accident; the secrets must not. */
    @Override
    public String toString() {
        return "AdsCredentials[clientId=" + clientId + ", clientSecret=" + mask(clientSecret) + ", refreshToken="
                + mask(refreshToken) + ", profileId=" + profileId + ", region=" + region + "]";
    }

    private static String mask(String secret) {
        // the last 4 characters let a user tell two secrets apart, as the settings page does; short ones show nothing
        return secret.length() > 8 ? "••••" + secret.substring(secret.length() - 4) : "••••";
    }
}
