package io.adsync.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in Amazon Ads sandbox ({@code adsync.sandbox.*}) that serves the SANDBOX region.
 *
 * @param enabled     start it with the application (a new user's org 1 is set up against it); unset means
 *                    "with the embedded database only", see {@link SandboxMode}
 * @param port        its port on 127.0.0.1; 0 picks a free one
 * @param reportDelay how long its reports take to complete
 */
public record EmbeddedSandboxProperties(Boolean enabled, @DefaultValue("0") int port,
                                        @DefaultValue("5s") Duration reportDelay) {

    static final String PREFIX = "adsync.sandbox";
}
