package io.adsync.ads;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every call to Amazon shares, whichever API it is for: one HTTP client, one retry policy (429, 5xx and
 * connection failures, with {@link Backoff}), one request counter, and one Login-with-Amazon token cache. The Ads
 * client and the Selling Partner API client both go through it, so they cannot drift apart.
 */
@Component
public class AmazonHttp {

    private final AdsClientProperties properties;
    private final RetryingSender sender;
    private final LwaTokenService tokens;
    private final JsonMapper json;

    @Autowired
    public AmazonHttp(AdsClientProperties properties, JsonMapper json, ObjectProvider<MeterRegistry> meterRegistry) {
        this(properties, json, Clock.systemUTC(), AmazonRequestCounter.of(meterRegistry));
    }

    /** @param clock decides when a cached access token is too old (tests move it) */
    public AmazonHttp(AdsClientProperties properties, JsonMapper json, Clock clock, AmazonRequestCounter counter) {
        this.properties = properties;
        this.json = json;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                // a redirect would carry the access token to wherever it points
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Backoff backoff = new Backoff(properties.retry().initialBackoff(), properties.retry().maxBackoff(), clock,
                () -> ThreadLocalRandom.current().nextDouble());
        this.sender = new RetryingSender(http, properties.retry().maxAttempts(), backoff, counter);
        this.tokens = new LwaTokenService(sender, json, properties.requestTimeout(), clock);
    }

    /**
     * Sends with the shared retry policy; every answer other than 429 and 5xx is the caller's to interpret.
     *
     * @throws AdsRateLimitedException when every attempt was answered 429
     * @throws AdsUnavailableException when the last attempt was answered 5xx or Amazon could not be reached
     */
    public <T> HttpResponse<T> send(AmazonCall call, String operation, HttpRequest request,
                                    HttpResponse.BodyHandler<T> bodyHandler) {
        return sender.send(call, operation, request, bodyHandler);
    }

    /**
     * The body of a 2xx answer; any other answer in plain words with Amazon's reason, whichever API sent it.
     *
     * @throws AdsRequestRejectedException on a 4xx: the request itself is refused, asking again will not help
     * @throws AdsApiException             on any other status
     */
    public byte[] successBody(String operation, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response.body();
        }
        String reason = AmazonErrorBody.parse(json, response.body()).reason().orElse("");
        if (status / 100 == 4) {
            throw new AdsRequestRejectedException("Amazon rejected the request to " + operation + " (HTTP " + status
                    + ")" + (reason.isEmpty() ? "." : ": " + reason), status, reason);
        }
        throw new AdsApiException("Could not " + operation + ": Amazon answered the unexpected HTTP " + status
                + (reason.isEmpty() ? "." : ": " + reason));
    }

    public LwaTokenService tokens() {
        return tokens;
    }

    public AdsClientProperties properties() {
        return properties;
    }
}
