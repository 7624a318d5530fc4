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
    SANDBOX;

    /** The Amazon region a marketplace belongs to ({@code GB} is EU), or null for an unknown country. */
    public static AdsRegion ofCountry(String countryCode) {
        if (countryCode == null) {
            return null;
        }
        return switch (countryCode) {
            case "US", "CA", "MX", "BR" -> NA;
            case "GB", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "TR", "AE", "SA", "EG", "IN", "BE" -> EU;
            case "JP", "AU", "SG" -> FE;
            default -> null;
        };
    }
}
