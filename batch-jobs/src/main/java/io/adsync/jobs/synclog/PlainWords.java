package io.adsync.jobs.synclog;

import java.io.EOFException;
import java.util.zip.ZipException;

import io.adsync.ads.AdsApiException;
import io.adsync.jobs.account.NoAdsSettingsException;

/** Turns the exception that ended a step into a sentence a user can act on. */
public final class PlainWords {

    private PlainWords() {
    }

    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AdsApiException || t instanceof NoAdsSettingsException) {
                return t.getMessage();
            }
            if (t instanceof EOFException || t instanceof ZipException) {
                return "The report download was cut off or corrupt (" + t.getMessage()
                        + "); the report stays pending and the next collect downloads it again.";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
