package io.adsync.jobs.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import org.springframework.stereotype.Component;

/** Looks up an org's saved Amazon Ads credentials and its profile's time zone. */
@Component
public class AdsAccounts {

    private final SettingsStore settings;
    private final AmazonAdsClient client;
    /** profile time zones for display, by region and profile: they practically never change */
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    public AdsAccounts(SettingsStore settings, AmazonAdsClient client) {
        this.settings = settings;
        this.client = client;
    }

    /**
     * The saved credentials only, without asking Amazon anything.
     *
     * @throws NoAdsSettingsException when the org has not saved Amazon Ads credentials
     */
    public AdsCredentials credentials(long orgId) {
        return settings.amazonAds(orgId).map(AmazonAdsSettings::toCredentials)
                .orElseThrow(() -> new NoAdsSettingsException(orgId));
    }

    /**
     * Credentials and the profile's time zone (one profile lookup at Amazon, which also proves the
     * credentials work before anything is requested).
     *
     * @throws NoAdsSettingsException when the org has not saved Amazon Ads credentials
     * @throws io.adsync.ads.AdsApiException when Amazon refuses the credentials or the profile
     */
    public AdsAccount forOrg(long orgId) {
        AdsCredentials credentials = credentials(orgId);
        ZoneId zone = ZoneId.of(client.profile(credentials).timezone());
        return new AdsAccount(orgId, credentials, zone);
    }

    /**
     * The time zone of the org's profile; asks Amazon once per profile.
     *
     * @throws NoAdsSettingsException when the org has not saved Amazon Ads credentials
     * @throws io.adsync.ads.AdsApiException when Amazon refuses the credentials or the profile
     */
    public ZoneId zone(long orgId) {
        AdsCredentials credentials = credentials(orgId);
        return zones.computeIfAbsent(credentials.region() + ":" + credentials.profileId(),
                key -> ZoneId.of(client.profile(credentials).timezone()));
    }

    /**
     * The profile's time zone for pages and reports; the server's when no credentials are saved or
     * Amazon does not answer (a page must show, and says its zone).
     */
    public ZoneId displayZone(long orgId) {
        try {
            return zone(orgId);
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }

    /** Today as the org's profile sees it, for pages and reports (see {@link #displayZone}). */
    public LocalDate today(long orgId) {
        return LocalDate.now(displayZone(orgId));
    }
}
