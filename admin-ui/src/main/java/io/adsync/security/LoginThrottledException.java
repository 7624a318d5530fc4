package io.adsync.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking its password: too many failures of that user from that address. */
final class LoginThrottledException extends AuthenticationException {

    static final String MESSAGE = "Too many failed attempts, try again later";

    private final transient Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super(MESSAGE);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
