package io.adsync.settings;

/** {@code CONFIG_ENCRYPTION_KEY} is set but is not a 32-byte key; the message says how to make one. */
public class InvalidEncryptionKeyException extends RuntimeException {

    public InvalidEncryptionKeyException(String problem) {
        super(problem + ": it must be 32 bytes written as base64 or as 64 hex characters; "
                + EncryptionKey.HOW_TO_GENERATE);
    }
}
