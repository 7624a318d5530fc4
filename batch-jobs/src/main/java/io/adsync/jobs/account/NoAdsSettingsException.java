package io.adsync.jobs.account;

/** The org has no Amazon Ads credentials: nothing can be requested until they are saved. */
public class NoAdsSettingsException extends RuntimeException {

    public NoAdsSettingsException(long orgId) {
        super("Organization " + orgId + " has no Amazon Ads credentials: save them under Settings > Amazon Ads API.");
    }
}
