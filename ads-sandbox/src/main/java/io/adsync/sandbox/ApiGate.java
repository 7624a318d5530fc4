package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every Ads API call goes through before its endpoint sees it, in Amazon's order: the bearer token, the client id
 * header, the profile scope, then the injected faults and the per-profile rate limit. Failures are thrown as
 * {@link HttpFailure}s.
 */
final class ApiGate {

    static final String CLIENT_ID_HEADER = "Amazon-Advertising-API-ClientId";
    static final String SCOPE_HEADER = "Amazon-Advertising-API-Scope";
    /** Profile key for unscoped calls: the profile list is throttled as one more bucket. */
    private static final long UNSCOPED = 0L;

    private final AccessTokens tokens;
    private final SandboxFaults faults;
    private final SandboxStats stats;
    private final RateLimiter rateLimiter;

    ApiGate(AccessTokens tokens, SandboxFaults faults, SandboxStats stats, RateLimiter rateLimiter) {
        this.tokens = tokens;
        this.faults = faults;
        this.stats = stats;
        this.rateLimiter = rateLimiter;
    }

    /** Lets the call in and returns its profile (0 for unscoped calls), or throws the answer Amazon would give. */
    long admit(HttpExchange exchange, ApiCall call) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !tokens.valid(authorization.substring("Bearer ".length()).trim())) {
            throw unauthorized("Not authorized to access this advertiser: invalid or expired access token");
        }
        if (!SandboxAccounts.CLIENT_ID.equals(exchange.getRequestHeaders().getFirst(CLIENT_ID_HEADER))) {
            throw unauthorized("Missing or unknown " + CLIENT_ID_HEADER);
        }
        long profileId = call.scoped() ? scope(exchange) : UNSCOPED;
        stats.recordApiCall(call, profileId);

        if (faults.takeUnauthorized()) {
            throw unauthorized("Not authorized to access this advertiser: the access token has expired");
        }
        if (faults.takeServerError()) {
            throw HttpFailure.api(503, "Service Unavailable");
        }
        var injected = switch (call) {
            case CREATE_REPORT -> faults.takeCreateRateLimit();
            case GET_REPORT -> faults.takeGetRateLimit();
            case PROFILES -> Optional.<SandboxFaults.RateLimit>empty();
        };
        if (injected.isEmpty() && faults.isStormed(profileId)) {
            throw tooManyRequests();
        }
        if (injected.isPresent()) {
            Integer retryAfter = injected.get().retryAfterSeconds();
            HttpFailure tooMany = tooManyRequests();
            throw retryAfter == null ? tooMany : tooMany.withHeader("Retry-After", String.valueOf(retryAfter));
        }
        if (!rateLimiter.tryAcquire(profileId)) {
            throw tooManyRequests(); // Amazon's throttle rarely says when to come back
        }
        return profileId;
    }

    private static long scope(HttpExchange exchange) {
        String scope = exchange.getRequestHeaders().getFirst(SCOPE_HEADER);
        if (scope == null || scope.isBlank()) {
            throw unauthorized("Missing " + SCOPE_HEADER + " header");
        }
        try {
            long profileId = Long.parseLong(scope.trim());
            if (SandboxAccounts.profile(profileId).isPresent()) {
                return profileId;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an unknown profile
        }
        throw unauthorized("Not authorized to access scope " + scope.trim());
    }

    private static HttpFailure unauthorized(String details) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", "UNAUTHORIZED");
        body.put("details", details);
        return HttpFailure.json(401, body);
    }

    private static HttpFailure tooManyRequests() {
        return HttpFailure.api(429, "Too Many Requests");
    }
}
