package io.adsync.ads;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Amazon Ads client connects ({@code adsync.amazon.*}).
 *
 * @param tokenUrl       overrides every region's Login-with-Amazon token URL ({@code AMAZON_ADS_TOKEN_URL}); blank
 *                       means the region's own
 * @param apiUrl         overrides every region's Ads API base URL ({@code AMAZON_ADS_API_URL}); blank means the
 *                       region's own
 * @param sandboxUrl     base URL of the built-in sandbox, set by the application when it starts it; the SANDBOX
 *                       region cannot be used without it
 * @param retry          how 429, 5xx and connection failures are retried
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time until Amazon's response headers arrive (a download's body may take longer)
 */
@ConfigurationProperties("adsync.amazon")
public record AdsClientProperties(
        String tokenUrl,
        String apiUrl,
        String sandboxUrl,
        @DefaultValue Retry retry,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration requestTimeout) {

    public AdsClientProperties {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /**
     * @param maxAttempts    attempts of one call (the first one included) before giving up
     * @param initialBackoff upper bound of the first random wait; it doubles with every retry
     * @param maxBackoff     no single wait is longer, also not one asked for by {@code Retry-After}
     */
    public record Retry(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("adsync.amazon.retry.max-attempts must be at least 1, was "
                        + maxAttempts);
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
        }
    }
}
