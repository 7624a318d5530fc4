package io.adsync.ads;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Sends one request and retries what is worth retrying: 429 (rate limited), 5xx, and failures to reach Amazon
 * (connection refused or reset, timeouts), through Spring's {@link RetryTemplate}, waiting between attempts as
 * {@link Backoff} says (Amazon's {@code Retry-After} when it sends one) for a bounded number of attempts.
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
        Waits waits = new Waits(operation);
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .backOff(waits)
                .predicate(RetryableAnswer.class::isInstance)
                .build());
        try {
            return retry.execute(() -> {
                try {
                    return attempt(call, request, bodyHandler);
                } catch (RetryableAnswer answer) {
                    waits.last = answer;
                    throw answer;
                }
            });
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            if (last instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new AdsUnavailableException("Interrupted while trying to " + operation + ".", last);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new AdsUnavailableException("Interrupted while waiting to retry to " + operation + ".", e);
            }
            if (last instanceof RetryableAnswer answer) {
                throw answer.exhausted.apply(operation, e.getRetryCount() + 1);
            }
            throw last instanceof RuntimeException unchecked ? unchecked
                    : new AdsUnavailableException("Could not " + operation + ": " + last, last);
        }
    }

    /** One attempt: the response, or what makes it worth another. */
    private <T> HttpResponse<T> attempt(AmazonCall call, HttpRequest request, HttpResponse.BodyHandler<T> bodyHandler)
            throws RetryableAnswer, InterruptedException {
        HttpResponse<T> response;
        try {
            response = http.send(request, bodyHandler);
        } catch (IOException e) {
            counter.count(call, AmazonRequestCounter.UNREACHABLE);
            String reason = "could not reach Amazon (" + describe(e) + ")";
            throw new RetryableAnswer(reason, Optional.empty(), (operation, attempts) -> new AdsUnavailableException(
                    "Could not " + operation + ": " + reason + ", " + attempts + (attempts == 1 ? " attempt" : " attempts")
                            + ".", e));
        }
        int status = response.statusCode();
        counter.count(call, Integer.toString(status));
        if (status == TOO_MANY_REQUESTS) {
            throw new RetryableAnswer("Amazon answered 429 Too Many Requests", retryAfter(response),
                    (operation, attempts) -> new AdsRateLimitedException("Could not " + operation + ": Amazon answered "
                            + "429 Too Many Requests to all " + attempts + " attempts."));
        }
        if (status >= 500) {
            throw new RetryableAnswer("Amazon answered HTTP " + status, Optional.empty(),
                    (operation, attempts) -> new AdsUnavailableException("Could not " + operation + ": Amazon answered "
                            + "HTTP " + status + " (a server error on Amazon's side) to all " + attempts + " attempts."));
        }
        return response;
    }

    /**
     * An answer worth another attempt: why (for the log line), how long Amazon asks to wait, and the exception
     * the caller gets when it was the last attempt.
     */
    private static final class RetryableAnswer extends Exception {

        private final transient Optional<String> retryAfter;
        private final transient BiFunction<String, Integer, RuntimeException> exhausted;

        RetryableAnswer(String reason, Optional<String> retryAfter,
                        BiFunction<String, Integer, RuntimeException> exhausted) {
            super(reason, null, false, false);
            this.retryAfter = retryAfter;
            this.exhausted = exhausted;
        }
    }

    /** The waits of one send: as long as the last answer asks, or {@link Backoff}'s, until the attempts run out. */
    private final class Waits implements BackOff {

        private final String operation;
        private RetryableAnswer last;

        Waits(String operation) {
            this.operation = operation;
        }

        @Override
        public BackOffExecution start() {
            return new BackOffExecution() {
                private int retry;

                @Override
                public long nextBackOff() {
                    retry++;
                    if (retry >= maxAttempts) {
                        return STOP;
                    }
                    Duration delay = backoff.delay(retry, last.retryAfter);
                    log.info("Trying to {}: {}{}; retrying in {} ms (attempt {} of {})", operation, last.getMessage(),
                            last.retryAfter.map(value -> " with Retry-After " + value).orElse(""), delay.toMillis(),
                            retry + 1, maxAttempts);
                    return delay.toMillis();
                }
            };
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
