package io.adsync.operations.alerts;

import java.time.Instant;

/**
 * One row of {@code alert_events}: a problem from when it was seen until it cleared, and how its two
 * messages went: the alert ({@code deliveredAt}, {@code deliveryError}) and, once closed, its
 * "recovered" ({@code recoveryDeliveredAt}, {@code recoveryDeliveryError}).
 */
public record AlertEvent(long id, long orgId, AlertKind kind, String key, String message, Instant openedAt,
                         Instant closedAt, Instant deliveredAt, String deliveryError, Instant recoveryDeliveredAt,
                         String recoveryDeliveryError) {

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Closed, and not a test alert (those are closed as they are sent): its message is the "recovered". */
    public boolean recovered() {
        return closedAt != null && kind != AlertKind.TEST;
    }

    /** A message about it is still on its way (when a channel is configured). */
    public boolean delivering() {
        return deliveredAt == null && deliveryError == null
                || recovered() && recoveryDeliveredAt == null && recoveryDeliveryError == null;
    }
}
