package io.adsync.ads;

/**
 * Where an advertising account lives. Each real region has its own Login-with-Amazon token endpoint and Ads API
 * host (see {@link AdsEndpoints}); {@code SANDBOX} is the built-in emulator.
 */
public enum AdsRegion {
    /** North America: US, CA, MX, BR */
    NA,
    /** Europe, Middle East, India: UK, DE, FR, IT, ES, NL, SE, PL, TR, AE, SA, EG, IN */
    EU,
    /** Far East: JP, AU, SG */
    FE,
    /** the local emulator started by the application */
    SANDBOX
}
