package io.adsync.settings;

/**
 * How secrets are shown outside the server: {@code ••••} plus the last four characters, enough to
 * tell two secrets apart, never enough to use one. A masked value sent back (a form saved without
 * retyping the secret) means "keep the stored secret".
 */
public final class SecretMask {

    public static final String PREFIX = "••••";

    /** Secrets this short are masked whole: four visible characters would be most of them. */
    private static final int SHORTEST_WITH_VISIBLE_TAIL = 12;

    private SecretMask() {
    }

    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        if (secret.length() < SHORTEST_WITH_VISIBLE_TAIL) {
            return PREFIX;
        }
        return PREFIX + secret.substring(secret.length() - 4);
    }

    public static boolean isMasked(String value) {
        return value != null && value.startsWith(PREFIX);
    }
}
