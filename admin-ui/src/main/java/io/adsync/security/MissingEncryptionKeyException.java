package io.adsync.security;

import io.adsync.settings.EncryptionKey;

/**
 * An external database without {@code CONFIG_ENCRYPTION_KEY}: a generated key file would live on this
 * machine only, and every other instance (or this one, redeployed) could not read the settings.
 */
public class MissingEncryptionKeyException extends RuntimeException {

    public MissingEncryptionKeyException() {
        super("CONFIG_ENCRYPTION_KEY is not set. With an external database (DATABASE_URL) the key that encrypts the "
                + "saved credentials must be configured: set CONFIG_ENCRYPTION_KEY to 32 bytes written as base64 or "
                + "64 hex characters (" + EncryptionKey.HOW_TO_GENERATE + ") and keep it safe.");
    }
}
