package io.adsync.jobs.load;

/** A report row that cannot be stored (text where a number belongs, no campaignId ...): it is skipped. */
public class MalformedRowException extends RuntimeException {

    public MalformedRowException(String reason) {
        super(reason);
    }
}
