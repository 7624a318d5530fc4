package io.adsync.ads;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request and retries what is worth retrying: 429 (rate limited), 5xx, and failures to reach Amazon
 * (connection refused or reset, timeouts), with {@link Backoff} between attempts and a bounded number of attempts.
 * Every other response, successful or not, is the caller's to interpret.
 */
final class RetryingSender {

    private static final Logger log = LoggerFactory.getLogger(RetryingSender.class);

    private static final int TOO_MANY_REQUESTS = 429;

    private final HttpClient http;
    private final int maxAttempts;
    private final Backoff backoff;
    private final AmazonRequestCounter counter;

    RetryingSender(HttpClient http, int maxAttempts, Backoff backoff, AmazonRequestCounter counter) {
        this.http = http;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.counter = counter;
    }

    /**
     * @param call      the kind of request, for the request counter
     * @param operation what is being done, in words, for log lines and messages ("create the report for ...")
     * @throws AdsRateLimitedException when every attempt was answered 429
     * @throws AdsUnavailableException when the last attempt was answered 5xx or Amazon could not be reached
     */
    <T> HttpResponse<T> send(AmazonCall call, String operation, HttpRequest request,
                             HttpResponse.BodyHandler<T> bodyHandler) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> response;
            try {
                response = http.send(request, bodyHandler);
            } catch (IOException e) {
                counter.count(call, AmazonRequestCounter.UNREACHABLE);
                String reason = "could not reach Amazon (" + describe(e) + ")";
                if (attempt >= maxAttempts) {
                    throw new AdsUnavailableException("Could not " + operation + ": " + reason + ", " + attempt
                            + (attempt == 1 ? " attempt" : " attempts") + ".", e);
                }
                pause(operation, reason, attempt, Optional.empty());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdsUnavailableException("Interrupted while trying to " + operation + ".", e);
            }
            int status = response.statusCode();
            counter.count(call, Integer.toString(status));
            if (status == TOO_MANY_REQUESTS) {
                if (attempt >= maxAttempts) {
                    throw new AdsRateLimitedException("Could not " + operation + ": Amazon answered 429 Too Many "
                            + "Requests to all " + attempt + " attempts.");
                }
                pause(operation, "Amazon answered 429 Too Many Requests", attempt, retryAfter(response));
            } else if (status >= 500) {
                if (attempt >= maxAttempts) {
                    throw new AdsUnavailableException("Could not " + operation + ": Amazon answered HTTP " + status
                            + " (a server error on Amazon's side) to all " + attempt + " attempts.");
                }
                pause(operation, "Amazon answered HTTP " + status, attempt, Optional.empty());
            } else {
                return response;
            }
        }
    }

    private void pause(String operation, String reason, int attempt, Optional<String> retryAfter) {
        Duration delay = backoff.delay(attempt, retryAfter);
        log.info("Trying to {}: {}{}; retrying in {} ms (attempt {} of {})", operation, reason,
                retryAfter.map(value -> " with Retry-After " + value).orElse(""), delay.toMillis(), attempt + 1,
                maxAttempts);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdsUnavailableException("Interrupted while waiting to retry to " + operation + ".", e);
        }
    }

    /**
     * How long Amazon wants the client to wait: {@code Retry-After} when it says so; otherwise the Selling Partner
     * API's {@code x-amzn-RateLimit-Limit} (requests per second of the operation, "0.0167" for one a minute), whose
     * inverse is the time until the next request is allowed. The Ads API sends neither on most 429s.
     */
    private static Optional<String> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .or(() -> response.headers().firstValue(RATE_LIMIT_HEADER).flatMap(RetryingSender::secondsPerRequest));
    }

    static final String RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit";

    private static Optional<String> secondsPerRequest(String limit) {
        try {
            double perSecond = Double.parseDouble(limit.strip());
            return perSecond > 0 ? Optional.of(Long.toString((long) Math.ceil(1 / perSecond))) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    // a ConnectException or a timeout often has no message of its own; its type says what happened
    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? type : type + ": " + e.getMessage();
    }
}
