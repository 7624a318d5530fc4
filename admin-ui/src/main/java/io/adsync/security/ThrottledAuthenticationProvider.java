package io.adsync.security;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the form login and HTTP Basic alike, behind the {@link LoginThrottle}: a
 * throttled user name and address is refused before its password is even looked at, so a right guess
 * among the refused ones tells the guesser nothing.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginThrottle.Attempt attempt = LoginThrottle.Attempt.of(authentication.getName(),
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
        Optional<Duration> blocked = throttle.blockedFor(attempt);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt);
            if (throttle.blockedFor(attempt).isPresent()) {
                log.warn("Login of user '{}' from {} is refused for up to {} minutes after {} failed attempts",
                        attempt.username().replaceAll("\\p{Cntrl}", "?"), attempt.address(), LoginThrottle.WINDOW.toMinutes(),
                        LoginThrottle.MAX_FAILURES);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
