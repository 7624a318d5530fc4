package io.adsync.benchmark;

import java.security.SecureRandom;
import java.util.Base64;

/** What every benchmark context shares. */
final class BenchmarkSettings {

    /** The settings table is encrypted; a throw-away key for a throw-away database. */
    static final String ENCRYPTION_KEY = randomKey();

    static final long ORG_ID = 1;

    private BenchmarkSettings() {
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
