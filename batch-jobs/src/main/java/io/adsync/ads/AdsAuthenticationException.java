package io.adsync.ads;

/**
 * Amazon refused the credentials: the token endpoint rejected the client or the refresh token, or the API kept
 * refusing a fresh access token. Retrying cannot help; the run aborts and a person has to fix the settings.
 */
public class AdsAuthenticationException extends AdsApiException {

    public AdsAuthenticationException(String message) {
        super(message);
    }
}
