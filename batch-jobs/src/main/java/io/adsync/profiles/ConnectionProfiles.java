package io.adsync.profiles;

import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, the profile each saved connection names is one of its org's profiles: a version 1
 * installation synced that one profile, and keeps syncing it after the upgrade without a visit to
 * the settings (its time zone is discovered the first time a job needs it).
 */
@Component
public class ConnectionProfiles {

    private static final Logger log = LoggerFactory.getLogger(ConnectionProfiles.class);

    private final SettingsStore settings;
    private final AdsProfiles profiles;

    public ConnectionProfiles(SettingsStore settings, AdsProfiles profiles) {
        this.settings = settings;
        this.profiles = profiles;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void carryOver() {
        for (long orgId : settings.orgsWithAmazonAds()) {
            try {
                settings.amazonAds(orgId).filter(AmazonAdsSettings::namesAProfile)
                        .ifPresent(connection -> add(orgId, connection));
            } catch (RuntimeException e) {
                // an unreadable connection (another encryption key) must not keep the console from starting
                log.warn("The Amazon Ads connection of org {} could not be read: {}", orgId, e.getMessage());
            }
        }
    }

    private void add(long orgId, AmazonAdsSettings connection) {
        profiles.addConnectionProfile(orgId, connection.profileId(), connection.region());
    }
}
