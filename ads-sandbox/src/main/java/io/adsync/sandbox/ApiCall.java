package io.adsync.sandbox;

/** The Ads API operations the sandbox serves; each decides whether a profile scope is required. */
enum ApiCall {
    PROFILES(false),
    CREATE_REPORT(true),
    GET_REPORT(true);

    private final boolean scoped;

    ApiCall(boolean scoped) {
        this.scoped = scoped;
    }

    /** Amazon wants {@code Amazon-Advertising-API-Scope} on everything but the profile list. */
    boolean scoped() {
        return scoped;
    }
}
