package io.adsync.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a request through when it carries {@code Authorization: Bearer <secret>} ({@code CRON_SECRET} for
 * the cron routes, {@code METRICS_TOKEN} for the Prometheus scrape). Without a configured secret nothing
 * gets through: an open cron route would let anyone spend the Amazon quota.
 */
final class BearerSecretAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] secret;

    /** @param secret null or blank lets nothing through */
    BearerSecretAuthorizationManager(String secret) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(matches(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION)));
    }

    boolean matches(String authorizationHeader) {
        if (secret == null || authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = authorizationHeader.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // constant time in the presented token's length: how long a comparison takes says nothing about the secret
        return MessageDigest.isEqual(presented, secret);
    }
}
