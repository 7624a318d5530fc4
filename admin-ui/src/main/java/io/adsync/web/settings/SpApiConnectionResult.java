package io.adsync.web.settings;

/** The SP-API section's "Test connection": the access token's lifetime, or why there is none, in plain words. */
public record SpApiConnectionResult(boolean success, Long expiresIn, String error) {

    static SpApiConnectionResult connected(long expiresIn) {
        return new SpApiConnectionResult(true, expiresIn, null);
    }

    static SpApiConnectionResult failed(String error) {
        return new SpApiConnectionResult(false, null, error);
    }
}
