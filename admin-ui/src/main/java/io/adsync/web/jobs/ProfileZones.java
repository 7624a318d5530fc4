package io.adsync.web.jobs;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsCredentials;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.account.NoAdsSettingsException;
import org.springframework.stereotype.Component;

/**
 * The time zone of an org's advertising profile, for the Jobs page's times. The page refreshes every
 * 2 s while a run is active, so the zone is asked of Amazon once per saved profile, not per refresh.
 */
@Component
public class ProfileZones {

    /** Without a profile to ask (nothing saved, Amazon refused) the page shows UTC and says so. */
    static final ZoneId WITHOUT_PROFILE = ZoneId.of("UTC");

    private final AdsAccounts accounts;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    public ProfileZones(AdsAccounts accounts) {
        this.accounts = accounts;
    }

    public ProfileTimes of(long orgId) {
        try {
            AdsCredentials credentials = accounts.credentials(orgId);
            return new ProfileTimes(zones.computeIfAbsent(credentials.region() + ":" + credentials.profileId(),
                    profile -> accounts.forOrg(orgId).zone()));
        } catch (NoAdsSettingsException | AdsApiException e) {
            return new ProfileTimes(WITHOUT_PROFILE);
        }
    }
}
