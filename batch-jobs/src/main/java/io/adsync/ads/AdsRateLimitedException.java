package io.adsync.ads;

/** Amazon kept answering 429 Too Many Requests through every retry; the work is left for a later run. */
public class AdsRateLimitedException extends AdsApiException {

    public AdsRateLimitedException(String message) {
        super(message);
    }
}
