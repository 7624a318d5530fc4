package io.adsync.ads;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exchanges refresh tokens for access tokens at Login-with-Amazon and keeps each access token until shortly
 * before it expires, so a run with hundreds of calls asks for one token an hour. Thread-safe: concurrent callers
 * with the same credentials wait for one exchange instead of each doing their own. One instance ({@link AmazonHttp}'s)
 * serves the Ads client and the Selling Partner API client: both exchange refresh tokens the same way.
 */
public final class LwaTokenService {

    private static final Logger log = LoggerFactory.getLogger(LwaTokenService.class);

    /** A token this close to its expiry is replaced, so a request does not start with a token about to die. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
    /** Amazon always states expires_in; should it not, this is its documented lifetime. */
    private static final long DEFAULT_EXPIRES_IN = 3600;

    private final RetryingSender sender;
    private final JsonMapper json;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Map<Key, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<Key, Object> exchangeLocks = new ConcurrentHashMap<>();

    LwaTokenService(RetryingSender sender, JsonMapper json, Duration requestTimeout, Clock clock) {
        this.sender = sender;
        this.json = json;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    public AccessToken accessToken(LwaCredentials credentials, String tokenUrl) {
        Key key = Key.of(credentials, tokenUrl);
        AccessToken cached = usable(tokens.get(key));
        if (cached != null) {
            return cached;
        }
        synchronized (exchangeLocks.computeIfAbsent(key, k -> new Object())) {
            // another thread may have exchanged while this one waited for the lock
            cached = usable(tokens.get(key));
            if (cached != null) {
                return cached;
            }
            AccessToken fresh = exchange(credentials, tokenUrl);
            tokens.put(key, fresh);
            return fresh;
        }
    }

    /**
     * Forgets {@code rejected} after the API refused it. Only that token: when another thread has already put a
     * fresh one in its place, the fresh one stays.
     */
    public void invalidate(LwaCredentials credentials, String tokenUrl, AccessToken rejected) {
        tokens.remove(Key.of(credentials, tokenUrl), rejected);
    }

    private AccessToken usable(AccessToken token) {
        return token != null && token.usableAt(clock.instant(), REFRESH_MARGIN) ? token : null;
    }

    private AccessToken exchange(LwaCredentials credentials, String tokenUrl) {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + encode(credentials.refreshToken())
                + "&client_id=" + encode(credentials.clientId())
                + "&client_secret=" + encode(credentials.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response = sender.send(AmazonCall.TOKEN, "get an access token from Login with Amazon", request,
                HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw rejected(status, AmazonErrorBody.parse(json, response.body()), credentials.settingsName());
        }
        Instant now = clock.instant();
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new AdsApiException("Login with Amazon answered HTTP " + status + " with a body that is not JSON.");
        }
        JsonNode value = body.get("access_token");
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new AdsApiException("Login with Amazon answered HTTP " + status + " without an access token.");
        }
        long expiresIn = body.path("expires_in").asLong(DEFAULT_EXPIRES_IN);
        log.info("Got a new {} access token for client id {} (valid {} s)", credentials.settingsName(),
                credentials.clientId(), expiresIn);
        return new AccessToken(value.stringValue(), expiresIn, now.plusSeconds(expiresIn));
    }

    private static AdsAuthenticationException rejected(int status, AmazonErrorBody body, String settingsName) {
        String error = body.field("error").orElse("");
        String description = body.field("error_description").orElse("");
        String amazonSays = error.isEmpty() ? body.reason().orElse("no reason given")
                : description.isEmpty() ? error : error + ": " + description;
        if ("invalid_grant".equals(error)) {
            return new AdsAuthenticationException("Amazon rejected the refresh token (" + amazonSays + "). Generate "
                    + "a new refresh token for this client id (the old one may have been revoked, or belong to "
                    + "another application) and save it in the " + settingsName + " settings.");
        }
        if ("invalid_client".equals(error)) {
            return new AdsAuthenticationException("Amazon rejected the client id or client secret (" + amazonSays
                    + "). Check both against your Login with Amazon security profile and save them in the "
                    + settingsName + " settings.");
        }
        return new AdsAuthenticationException("Amazon refused to issue an access token (HTTP " + status + ", "
                + amazonSays + "). Check the client id, client secret and refresh token in the " + settingsName
                + " settings.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One cached token per token endpoint and set of credentials. */
    private record Key(String tokenUrl, String clientId, String clientSecret, String refreshToken) {

        static Key of(LwaCredentials credentials, String tokenUrl) {
            return new Key(tokenUrl, credentials.clientId(), credentials.clientSecret(),
                    credentials.refreshToken());
        }

        @Override
        public String toString() {
            return "Key[tokenUrl=" + tokenUrl + ", clientId=" + clientId + "]";
        }
    }
}
