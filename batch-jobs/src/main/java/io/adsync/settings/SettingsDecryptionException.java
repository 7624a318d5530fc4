package io.adsync.settings;

/**
 * A stored settings value does not decrypt with the configured key: almost always the key changed
 * since the settings were saved (the GCM tag check fails), rarely a value edited by hand.
 */
public class SettingsDecryptionException extends RuntimeException {

    public SettingsDecryptionException(Throwable cause) {
        super("cannot decrypt settings: CONFIG_ENCRYPTION_KEY differs from the key they were saved with"
                + " (set the original key, or save the settings again)", cause);
    }
}
