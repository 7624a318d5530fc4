package io.adsync.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The one Login-with-Amazon application and advertiser the sandbox knows. The values are public on purpose: they
 * are what a new user sees pre-filled for the SANDBOX region, and they open nothing outside the sandbox.
 */
public final class SandboxAccounts {

    public static final String CLIENT_ID = "amzn1.application-oa2-client.sandbox";
    public static final String CLIENT_SECRET = "sandbox-client-secret";
    public static final String REFRESH_TOKEN = "Atzr|sandbox-refresh-token";

    public static final long PROFILE_GB = 366822873177837L;
    public static final long PROFILE_US = 458912736451203L;
    public static final long PROFILE_DE = 572391846205718L;
    public static final long PROFILE_JP = 684023719548263L;
    /** A DSP-only agency profile: listed, but it has no sponsored ads reports to sync. */
    public static final long PROFILE_AGENCY = 806245973128405L;

    private static final BigDecimal BUDGET = new BigDecimal("999999999.00");

    /* An agency's shape: one authorization reaching marketplaces in Amazon's three regions (EU, NA, FE),
     * four currencies and time zones from west of UTC to east of UTC+8, and a DSP-only profile. */
    private static final List<SandboxProfile> PROFILES = List.of(
            new SandboxProfile(PROFILE_GB, "GB", "GBP", "Europe/London", "A1F83G8C2ARO7P", "A2KX3B9QZ7M1PL",
                    "Sandbox Kitchen Ltd", "seller", BUDGET),
            new SandboxProfile(PROFILE_US, "US", "USD", "America/Los_Angeles", "ATVPDKIKX0DER", "A3JW8N2R5TQ6VC",
                    "Sandbox Kitchen Inc", "seller", BUDGET),
            new SandboxProfile(PROFILE_DE, "DE", "EUR", "Europe/Berlin", "A1PA6795UKMFR9", "A4MB7C1XR2E8QD",
                    "Sandbox Kitchen GmbH", "seller", BUDGET),
            new SandboxProfile(PROFILE_JP, "JP", "JPY", "Asia/Tokyo", "A1VC38T7YXB528", "A5TN3D8WQ6K2JF",
                    "Sandbox Kitchen KK", "vendor", BUDGET),
            new SandboxProfile(PROFILE_AGENCY, "US", "USD", "America/New_York", "ATVPDKIKX0DER", "A6PQ9E2ZL4M7HG",
                    "Sandbox Media Agency", "agency", BUDGET));

    private SandboxAccounts() {
    }

    public static List<SandboxProfile> profiles() {
        return PROFILES;
    }

    public static Optional<SandboxProfile> profile(long profileId) {
        return PROFILES.stream().filter(profile -> profile.profileId() == profileId).findFirst();
    }
}
