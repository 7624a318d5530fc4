package io.adsync.jobs;

/** Nothing to request: the org has no enabled advertising profile. */
public class NoEnabledProfilesException extends RuntimeException {

    public NoEnabledProfilesException(long orgId) {
        super("Organization " + orgId + " syncs no advertising profile: discover the connection's profiles "
                + "and enable at least one under Settings > Amazon Ads API.");
    }
}
