package io.adsync.operations.alerts;

import java.time.Instant;

/** One row of {@code alert_events}: a problem from when it was seen until it cleared, and its delivery. */
public record AlertEvent(long id, long orgId, AlertKind kind, String key, String message, Instant openedAt,
                         Instant closedAt, Instant deliveredAt, String deliveryError) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
