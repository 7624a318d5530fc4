package io.adsync.ads;

/** Amazon answered 5xx, or could not be reached, through every retry; the work is left for a later run. */
public class AdsUnavailableException extends AdsApiException {

    public AdsUnavailableException(String message) {
        super(message);
    }

    public AdsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
