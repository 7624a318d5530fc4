package io.adsync.jobs.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.adsync.ads.AdsCredentials;
import io.adsync.profiles.AdsProfiles;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.profiles.ProfileDiscovery;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import org.springframework.stereotype.Component;

/**
 * An org's saved Amazon Ads connection and its profiles as the jobs and pages need them: the
 * credentials acting for one profile, and that profile's time zone.
 */
@Component
public class AdsAccounts {

    private final SettingsStore settings;
    private final AdsProfiles profiles;
    private final ProfileDiscovery discovery;

    public AdsAccounts(SettingsStore settings, AdsProfiles profiles, ProfileDiscovery discovery) {
        this.settings = settings;
        this.profiles = profiles;
        this.discovery = discovery;
    }

    /**
     * The saved connection only, without asking Amazon anything; it acts for the profile it names.
     *
     * @throws NoAdsSettingsException when the org has not saved Amazon Ads credentials
     */
    public AdsCredentials credentials(long orgId) {
        return settings.amazonAds(orgId).map(AmazonAdsSettings::toCredentials)
                .orElseThrow(() -> new NoAdsSettingsException(orgId));
    }

    /** The connection acting for one profile: every poll and download of a report uses the report's own. */
    public AdsCredentials credentials(long orgId, long profileId) {
        return credentials(orgId).forProfile(profileId);
    }

    /**
     * The connection acting for one profile, with the profile's time zone. A profile not discovered yet
     * (carried over from version 1) is discovered first, which also proves the connection works.
     *
     * @throws NoAdsSettingsException when the org has not saved Amazon Ads credentials
     * @throws io.adsync.profiles.UnknownProfileException when the org has no such profile
     * @throws io.adsync.ads.AdsApiException when Amazon refuses the connection during that discovery
     */
    public AdsAccount account(long orgId, long profileId) {
        AdsCredentials credentials = credentials(orgId, profileId);
        return new AdsAccount(orgId, credentials, zone(orgId, profileId));
    }

    /** The profile's time zone, discovering the org's profiles when it is not known yet. */
    public ZoneId zone(long orgId, long profileId) {
        AdvertisingProfile profile = profiles.get(orgId, profileId);
        if (!profile.discovered()) {
            discovery.discover(orgId);
            profile = profiles.get(orgId, profileId);
        }
        return profile.zone();
    }

    /** The profiles the jobs sync for the org. */
    public List<AdvertisingProfile> enabledProfiles(long orgId) {
        return profiles.enabled(orgId);
    }

    /**
     * The zone pages and reports of the whole org count days in: the first enabled profile's (with one
     * profile, its own), the server's when the org has no discovered profile (a page must show, and
     * says its zone).
     */
    public ZoneId displayZone(long orgId) {
        return profiles.enabled(orgId).stream().filter(AdvertisingProfile::discovered).findFirst()
                .map(AdvertisingProfile::zone)
                .orElse(ZoneId.systemDefault());
    }

    /** Today as the org's first profile sees it, for pages and reports (see {@link #displayZone}). */
    public LocalDate today(long orgId) {
        return LocalDate.now(displayZone(orgId));
    }
}
