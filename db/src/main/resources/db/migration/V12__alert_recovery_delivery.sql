-- An alert sends two messages: the alert when the problem opens and "recovered" when it clears. Each
-- now keeps its own outcome: before this, the recovery's delivery overwrote the alert's, so an alert
-- that never reached the operator showed as sent once its recovery was.
--
-- delivered_at / delivery_error: the alert's; recovery_delivered_at / recovery_delivery_error: its
-- "recovered"'s (closed problems only; a test alert has none). Both null: no channel is configured,
-- or the message is on its way.
alter table alert_events add column recovery_delivered_at timestamptz;
alter table alert_events add column recovery_delivery_error text;

-- Closed problems hold their recovery's outcome; the alert's own is not known any more, and the best
-- knowledge is that it went the same way.
update alert_events set recovery_delivered_at = delivered_at, recovery_delivery_error = delivery_error
where closed_at is not null and kind <> 'test';
