package io.adsync.security;

import io.adsync.settings.EncryptionKey;
import io.adsync.settings.InvalidEncryptionKeyException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns a missing or malformed {@code CONFIG_ENCRYPTION_KEY} into a start-up message a person can act on. */
public class EncryptionKeyFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingEncryptionKeyException
                    || cause instanceof InvalidEncryptionKeyException) {
                return new FailureAnalysis(cause.getMessage(),
                        "Set CONFIG_ENCRYPTION_KEY, e.g. export CONFIG_ENCRYPTION_KEY=\"$(openssl rand -base64 32)\" "
                                + "(" + EncryptionKey.HOW_TO_GENERATE + "), and start again. Use the same key on "
                                + "every instance and keep it: settings saved under one key cannot be read with "
                                + "another.",
                        cause);
            }
        }
        return null;
    }
}
