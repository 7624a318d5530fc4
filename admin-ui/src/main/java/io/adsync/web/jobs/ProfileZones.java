package io.adsync.web.jobs;

import java.time.ZoneId;

import io.adsync.ads.AdsApiException;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.account.NoAdsSettingsException;
import org.springframework.stereotype.Component;

/** The time zone the Jobs page writes an org's times in: its advertising profile's. */
@Component
public class ProfileZones {

    /** Without a profile to ask (nothing saved, Amazon refused) the page shows UTC and says so. */
    static final ZoneId WITHOUT_PROFILE = ZoneId.of("UTC");

    private final AdsAccounts accounts;

    public ProfileZones(AdsAccounts accounts) {
        this.accounts = accounts;
    }

    public ZoneId of(long orgId) {
        try {
            return accounts.zone(orgId);
        } catch (NoAdsSettingsException | AdsApiException e) {
            return WITHOUT_PROFILE;
        }
    }
}
