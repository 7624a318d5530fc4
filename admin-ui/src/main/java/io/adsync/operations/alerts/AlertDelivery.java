package io.adsync.operations.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import io.adsync.operations.AlertsProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends alerts on threads of their own, so a slow or dead webhook or SMTP server never holds up a
 * job or a page: each configured channel is tried {@code delivery-attempts} times with a doubling
 * pause, and the outcome (or every channel's last error) is recorded on the alert.
 */
@Component
public class AlertDelivery {

    private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);
    private static final int QUEUED_AT_MOST = 500;

    private final List<AlertChannel> channels;
    private final AlertEvents events;
    private final RetryTemplate retry;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    AlertDelivery(List<AlertChannel> channels, AlertEvents events, AlertsProperties properties) {
        this.channels = channels;
        this.events = events;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(0, properties.deliveryAttempts() - 1))
                .delay(properties.retryDelay())
                .multiplier(2)
                .maxDelay(properties.retryDelay().multipliedBy(8))
                .build());
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(QUEUED_AT_MOST);
        executor.setThreadNamePrefix("alert-");
        // on shutdown, what is still queued is given up: it is recorded as undelivered already
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /** Whether any channel is configured; without one, alerts live in the console only. */
    public boolean hasChannels() {
        return channels.stream().anyMatch(AlertChannel::configured);
    }

    /** Queues the message and returns at once. */
    public void deliver(AlertEvent event, AlertMessage message) {
        if (!hasChannels()) {
            return;
        }
        try {
            executor.execute(() -> send(event, message));
        } catch (RejectedExecutionException full) {
            events.recordDelivery(event, "not sent: more than " + QUEUED_AT_MOST + " alerts were waiting");
        }
    }

    private void send(AlertEvent event, AlertMessage message) {
        List<String> errors = new ArrayList<>();
        for (AlertChannel channel : channels) {
            if (!channel.configured()) {
                continue;
            }
            try {
                retry.execute(() -> {
                    channel.send(message);
                    return null;
                });
            } catch (RetryException e) {
                String reason = e.getLastException() == null ? e.getMessage() : e.getLastException().getMessage();
                log.warn("Alert #{} not delivered by {} after {} attempts: {}", event.id(), channel.name(),
                        e.getRetryCount() + 1, reason);
                errors.add(channel.name() + ": " + reason + " (" + (e.getRetryCount() + 1) + " attempts)");
            }
        }
        events.recordDelivery(event, errors.isEmpty() ? null : String.join("; ", errors));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
