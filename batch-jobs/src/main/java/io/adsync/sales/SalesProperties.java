package io.adsync.sales;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of {@code salesTrafficJob} ({@code adsync.sales.*}).
 *
 * @param refreshDays     every day of the last N (marketplace time) is fetched again daily: Amazon fills sessions
 *                        and page views in days late
 * @param reloadAfter     a refresh day loaded less than this long ago is not asked for again (two syncs in an
 *                        hour would spend createReport's small quota on the same days)
 * @param chunkSize       SKU rows per load transaction
 * @param maxSkippedRows  malformed entries one document may skip before its load fails
 * @param createBurst     createReport's burst (Amazon: 15 per seller and application)
 * @param createPerMinute createReport's sustained rate (Amazon: one a minute)
 * @param pollInterval    pause between polls of the run's reports
 * @param collectFor      how long one run polls its reports before leaving the rest pending for the next run
 * @param maxLoadAttempts downloads of one document that may fail before its report is marked failed
 */
@ConfigurationProperties("adsync.sales")
public record SalesProperties(
        @DefaultValue("14") int refreshDays,
        @DefaultValue("20h") Duration reloadAfter,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("1000") int maxSkippedRows,
        @DefaultValue("15") int createBurst,
        @DefaultValue("1") double createPerMinute,
        @DefaultValue("15s") Duration pollInterval,
        @DefaultValue("2m") Duration collectFor,
        @DefaultValue("3") int maxLoadAttempts) {

    /** The SP-API keeps Sales and Traffic data two years. */
    public static final int RETENTION_DAYS = 730;

    public SalesProperties {
        if (refreshDays < 1 || refreshDays > RETENTION_DAYS) {
            throw new IllegalArgumentException("adsync.sales.refresh-days must be 1..730, was " + refreshDays);
        }
        if (createBurst < 1 || createPerMinute <= 0) {
            throw new IllegalArgumentException("adsync.sales.create-burst and create-per-minute must be positive");
        }
    }
}
