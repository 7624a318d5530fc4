package io.adsync.sales;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which days a run asks Amazon for, newest first (under a small quota the recent days matter most): every day of
 * the refresh window not loaded within {@code reloadAfter} (sessions arrive late), and older days of a backfill
 * that are not loaded at all. A day with a report on its way is never asked for twice.
 */
@Component
public class SalesDays {

    private final JdbcClient jdbc;
    private final SalesPendingReports pendingReports;
    private final SalesProperties properties;

    public SalesDays(JdbcClient jdbc, SalesPendingReports pendingReports, SalesProperties properties) {
        this.jdbc = jdbc;
        this.pendingReports = pendingReports;
        this.properties = properties;
    }

    /** The days before {@code today} (the marketplace's) a run of {@code days} covers, newest first. */
    public static List<LocalDate> window(LocalDate today, int days) {
        List<LocalDate> window = new ArrayList<>();
        for (int age = 1; age <= days; age++) {
            window.add(today.minusDays(age));
        }
        return window;
    }

    public List<LocalDate> toRequest(long orgId, String marketplaceId, LocalDate today, int days) {
        Set<LocalDate> pending = new HashSet<>(pendingReports.pendingDates(orgId, marketplaceId));
        Instant reloadBefore = Instant.now().minus(properties.reloadAfter());
        List<LocalDate> wanted = new ArrayList<>();
        for (LocalDate day : window(today, days)) {
            if (pending.contains(day)) {
                continue;
            }
            Instant loadedAt = loadedAt(orgId, marketplaceId, day);
            boolean refresh = !day.isBefore(today.minusDays(properties.refreshDays()));
            if (loadedAt == null || (refresh && (properties.reloadAfter().equals(Duration.ZERO)
                    || loadedAt.isBefore(reloadBefore)))) {
                wanted.add(day);
            }
        }
        return wanted;
    }

    private Instant loadedAt(long orgId, String marketplaceId, LocalDate day) {
        return jdbc.sql("select loaded_at from sales_coverage where org_id = ? and marketplace_id = ? and date = ?")
                .params(orgId, marketplaceId, day).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(null);
    }
}
