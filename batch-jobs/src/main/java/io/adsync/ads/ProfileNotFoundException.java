package io.adsync.ads;

/** The configured profile is not among those the credentials can access in the configured region. */
public class ProfileNotFoundException extends AdsApiException {

    private final long profileId;
    private final AdsRegion region;

    public ProfileNotFoundException(String message, long profileId, AdsRegion region) {
        super(message);
        this.profileId = profileId;
        this.region = region;
    }

    public long profileId() {
        return profileId;
    }

    public AdsRegion region() {
        return region;
    }
}
