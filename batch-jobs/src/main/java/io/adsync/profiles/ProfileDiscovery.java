package io.adsync.profiles;

import java.util.List;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRegion;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.jobs.account.NoAdsSettingsException;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import org.springframework.stereotype.Service;

/**
 * Lists the profiles an org's connection reaches: {@code GET /v2/profiles} answers only for its own
 * host's region, so it is asked in the connection's region and in every other region ticked.
 */
@Service
public class ProfileDiscovery {

    private final SettingsStore settings;
    private final AmazonAdsClient client;
    private final AdsProfiles profiles;

    public ProfileDiscovery(SettingsStore settings, AmazonAdsClient client, AdsProfiles profiles) {
        this.settings = settings;
        this.client = client;
        this.profiles = profiles;
    }

    /**
     * Discovers and stores the org's profiles; the saved connection's own profile stays enabled.
     *
     * @return every profile of the org after the discovery
     * @throws NoAdsSettingsException when the org has saved no connection
     * @throws io.adsync.ads.AdsApiException when Amazon refuses the connection in one of the regions
     *                                       (the regions before it are stored)
     */
    public List<AdvertisingProfile> discover(long orgId) {
        AmazonAdsSettings connection = settings.amazonAds(orgId).orElseThrow(() -> new NoAdsSettingsException(orgId));
        AdsCredentials credentials = connection.toCredentials();
        if (connection.namesAProfile()) {
            profiles.addConnectionProfile(orgId, connection.profileId(), connection.region());
        }
        for (AdsRegion region : connection.discoveryRegions()) {
            profiles.saveDiscovered(orgId, region, client.profiles(credentials.inRegion(region)));
        }
        return profiles.all(orgId);
    }
}
