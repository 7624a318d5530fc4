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

    private static final List<SandboxProfile> PROFILES = List.of(
            new SandboxProfile(PROFILE_GB, "GB", "GBP", "Europe/London", "A1F83G8C2ARO7P", "A2KX3B9QZ7M1PL",
                    "Sandbox Kitchen Ltd", new BigDecimal("999999999.00")),
            new SandboxProfile(PROFILE_US, "US", "USD", "America/Los_Angeles", "ATVPDKIKX0DER", "A3JW8N2R5TQ6VC",
                    "Sandbox Kitchen Inc", new BigDecimal("999999999.00")));

    private SandboxAccounts() {
    }

    public static List<SandboxProfile> profiles() {
        return PROFILES;
    }

    public static Optional<SandboxProfile> profile(long profileId) {
        return PROFILES.stream().filter(profile -> profile.profileId() == profileId).findFirst();
    }
}
