package io.adsync.jobs.account;

import java.time.LocalDate;
import java.time.ZoneId;

import io.adsync.ads.AdsCredentials;

/**
 * An org's Amazon Ads profile as the jobs need it: the credentials and the profile's time zone,
 * because Amazon's report days are the profile's local days, not UTC days.
 */
public record AdsAccount(long orgId, AdsCredentials credentials, ZoneId zone) {

    public long profileId() {
        return credentials.profileId();
    }

    /** Today in the profile's time zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
