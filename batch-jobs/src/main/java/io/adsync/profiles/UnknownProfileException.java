package io.adsync.profiles;

/** A route or form named a profile the organization does not have (discover first). */
public class UnknownProfileException extends RuntimeException {

    public UnknownProfileException(long orgId, long profileId) {
        super("Organization " + orgId + " has no advertising profile " + profileId
                + " (discover the connection's profiles first)");
    }
}
