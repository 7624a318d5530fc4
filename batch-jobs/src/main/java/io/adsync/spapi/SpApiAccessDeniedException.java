package io.adsync.spapi;

import io.adsync.ads.AdsAuthenticationException;

/**
 * The Selling Partner API answered 403 to a fresh access token: the application was not granted the role the
 * call needs (Sales and Traffic reports need the Brand Analytics or Selling Partner Insights role, depending on the
 * account), or the seller did not authorize it. Retrying cannot help; a person has to change the app's roles.
 */
public class SpApiAccessDeniedException extends AdsAuthenticationException {

    public SpApiAccessDeniedException(String message) {
        super(message);
    }
}
