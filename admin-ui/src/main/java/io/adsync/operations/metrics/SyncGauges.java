package io.adsync.operations.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.operations.OperationsTicker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code adsync_reports{status}} (the reports of {@code amazon_ads_pending_reports} by status) and
 * {@code adsync_data_age_days{profile_id,report_type}} (days from the newest loaded day to today,
 * profile time: 1 when yesterday is loaded). Read from the database every
 * {@code adsync.metrics.refresh-interval} rather than at each scrape, so a scrape costs no query.
 */
@Component
public class SyncGauges {

    private static final List<String> STATUSES = List.of(PendingReport.PENDING, PendingReport.COMPLETED,
            PendingReport.FAILED);

    private final JdbcClient jdbc;
    private final AdsAccounts accounts;
    private final OperationsTicker ticker;
    private final MetricsProperties properties;
    private final MultiGauge reports;
    private final MultiGauge dataAge;

    public SyncGauges(JdbcClient jdbc, AdsAccounts accounts, OperationsTicker ticker, MetricsProperties properties,
                      MeterRegistry registry) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.ticker = ticker;
        this.properties = properties;
        this.reports = MultiGauge.builder("adsync.reports")
                .description("Reports requested from Amazon and still listed, by status").register(registry);
        this.dataAge = MultiGauge.builder("adsync.data.age.days")
                .description("Days from the newest loaded day to today, profile time").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        ticker.every(properties.refreshInterval(), "Refreshing the sync gauges", this::refresh);
    }

    void refresh() {
        Map<String, Long> byStatus = jdbc.sql("select status, count(*) from amazon_ads_pending_reports group by status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // every status always, 0 included: a series that vanishes cannot be told from a scrape that failed
        reports.register(STATUSES.stream()
                .map(status -> MultiGauge.Row.of(Tags.of("status", status), byStatus.getOrDefault(status, 0L)))
                .toList(), true);
        List<NewestDay> newest = jdbc.sql("""
                        select org_id, profile_id, report_type, max(date) as newest
                        from report_coverage group by org_id, profile_id, report_type""")
                .query((rs, n) -> new NewestDay(rs.getLong("org_id"), rs.getLong("profile_id"),
                        rs.getString("report_type"), rs.getObject("newest", LocalDate.class)))
                .list();
        // today in each profile's zone is asked for once the rows are read: it may ask Amazon the first time;
        // a profile two orgs sync is one series, its freshest
        Map<Tags, Long> ages = newest.stream().collect(Collectors.toMap(
                day -> Tags.of("profile_id", Long.toString(day.profileId()), "report_type", day.reportType()),
                day -> day.date().until(accounts.today(day.orgId()), ChronoUnit.DAYS), Math::min));
        dataAge.register(ages.entrySet().stream()
                .map(age -> MultiGauge.Row.of(age.getKey(), age.getValue()))
                .toList(), true);
    }

    private record NewestDay(long orgId, long profileId, String reportType, LocalDate date) {
    }
}
