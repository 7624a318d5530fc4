package io.adsync.database;

/** {@code DATABASE_URL} cannot be understood; the message never repeats it (it may hold a password). */
public class InvalidDatabaseUrlException extends IllegalArgumentException {

    public InvalidDatabaseUrlException(String message) {
        super(message);
    }
}
