package io.adsync.ads;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts every answer Amazon gives, each attempt on its own (so the 429s and 5xx that a retry
 * hides from the caller still show), as {@code adsync_amazon_requests_total{api,operation,status}};
 * {@code status} is the HTTP status, or {@code io_error} when Amazon could not be reached.
 */
@FunctionalInterface
public interface AmazonRequestCounter {

    String METER = "adsync.amazon.requests";
    String UNREACHABLE = "io_error";

    /** Counts nothing: for a client without a meter registry. */
    AmazonRequestCounter NONE = (call, status) -> {
    };

    void count(AmazonCall call, String status);

    /** Counts in the application's meter registry, when it has one (the jobs alone, in their tests, do not). */
    static AmazonRequestCounter of(ObjectProvider<MeterRegistry> registry) {
        return (call, status) -> registry.ifAvailable(meters -> meters.counter(METER,
                "api", call.api(), "operation", call.operation(), "status", status).increment());
    }
}
