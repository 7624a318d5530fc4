package io.adsync.operations.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code alert_events}: at most one open row per org, kind and key (a unique index holds it). */
@Repository
public class AlertEvents {

    private static final String COLUMNS =
            "id, org_id, kind, key, message, opened_at, closed_at, delivered_at, delivery_error, recovery_delivered_at,"
                    + " recovery_delivery_error";

    private final JdbcClient jdbc;

    public AlertEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the problem, unless it is open already (then empty: it has had its alert). */
    public Optional<AlertEvent> open(Problem problem) {
        return jdbc.sql("insert into alert_events (org_id, kind, key, message) values (?, ?, ?, ?)"
                        + " on conflict (org_id, kind, key) where closed_at is null do nothing returning " + COLUMNS)
                .params(problem.orgId(), problem.kind().value(), problem.key(), problem.message())
                .query(AlertEvents::map).optional();
    }

    /** A test alert: opened and closed at once, so it shows in the history with its delivery. */
    public AlertEvent recordTest(long orgId, String message) {
        return jdbc.sql("insert into alert_events (org_id, kind, key, message, closed_at)"
                        + " values (?, ?, ?, ?, now()) returning " + COLUMNS)
                .params(orgId, AlertKind.TEST.value(), Instant.now().toString(), message)
                .query(AlertEvents::map).single();
    }

    /** Closes the open problem; empty when another instance closed it first. */
    public Optional<AlertEvent> close(long id) {
        return jdbc.sql("update alert_events set closed_at = now() where id = ? and closed_at is null returning "
                        + COLUMNS)
                .param(id).query(AlertEvents::map).optional();
    }

    /**
     * Records how the message sent about {@code event} went: the alert's, or the "recovered"'s when the
     * event is the closed one.
     *
     * @param error null when every configured channel took the message
     */
    public void recordDelivery(AlertEvent event, String error) {
        String columns = event.recovered() ? "recovery_delivered_at = ?, recovery_delivery_error = ?"
                : "delivered_at = ?, delivery_error = ?";
        jdbc.sql("update alert_events set " + columns + " where id = ?")
                .params(error == null ? Timestamp.from(Instant.now()) : null, error, event.id())
                .update();
    }

    public List<AlertEvent> openProblems(long orgId) {
        return jdbc.sql("select " + COLUMNS + " from alert_events where org_id = ? and closed_at is null"
                        + " order by opened_at desc, id desc")
                .param(orgId).query(AlertEvents::map).list();
    }

    /** The org's alerts, open and closed, newest first. */
    public List<AlertEvent> history(long orgId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from alert_events where org_id = ? order by opened_at desc, id desc"
                        + " limit ?")
                .params(orgId, limit).query(AlertEvents::map).list();
    }

    public List<AlertEvent> deliveryErrors(long orgId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from alert_events where org_id = ?"
                        + " and (delivery_error is not null or recovery_delivery_error is not null)"
                        + " order by opened_at desc, id desc limit ?")
                .params(orgId, limit).query(AlertEvents::map).list();
    }

    private static AlertEvent map(ResultSet rs, int row) throws SQLException {
        return new AlertEvent(rs.getLong("id"), rs.getLong("org_id"), AlertKind.of(rs.getString("kind")),
                rs.getString("key"), rs.getString("message"), instant(rs, "opened_at"), instant(rs, "closed_at"),
                instant(rs, "delivered_at"), rs.getString("delivery_error"), instant(rs, "recovery_delivered_at"),
                rs.getString("recovery_delivery_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
