package io.adsync.web.api;

/**
 * The caller is known but may not have this (a viewer asking for an organization not granted to it);
 * answered 403 with the message as the error, on the API and in the console alike.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
