package io.adsync.ads;

/**
 * Talking to Amazon Ads failed. The message is meant for people (sync logs, the console): plain words, Amazon's
 * own reason when it gave one, never a secret or token. Subclasses say what kind of failure it was, so a job can
 * decide between aborting the run, failing one item, or leaving it for the next run.
 */
public class AdsApiException extends RuntimeException {

    public AdsApiException(String message) {
        super(message);
    }

    public AdsApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
