package io.adsync.operations.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adsync.metrics.*}.
 *
 * @param token           {@code METRICS_TOKEN}: {@code Authorization: Bearer <token>} opens {@code /actuator/prometheus}
 *                        besides the admin login; blank: the admin login only
 * @param refreshInterval how often the gauges read the database (reports by status, data age)
 */
@ConfigurationProperties("adsync.metrics")
public record MetricsProperties(String token, @DefaultValue("30s") Duration refreshInterval) {
}
