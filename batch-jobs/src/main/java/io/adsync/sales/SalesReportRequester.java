package io.adsync.sales;

import java.time.LocalDate;

import io.adsync.ads.AdsRateLimitedException;
import io.adsync.spapi.SpApiClient;
import io.adsync.spapi.SpApiCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Asks Amazon for one day's report, if createReport's quota has room: otherwise the day is filtered out (the step's
 * filter count is the days left waiting) and a later run asks for it. A 429 through every retry means the same.
 */
public class SalesReportRequester implements ItemProcessor<LocalDate, SalesReportRequester.Requested> {

    private static final Logger log = LoggerFactory.getLogger(SalesReportRequester.class);

    /** A day Amazon accepted a report for. */
    public record Requested(LocalDate date, String reportId) {
    }

    private final SpApiClient client;
    private final SpApiCredentials credentials;
    private final SalesRequestQuota quota;
    private final long orgId;

    public SalesReportRequester(SpApiClient client, SpApiCredentials credentials, SalesRequestQuota quota,
                                long orgId) {
        this.client = client;
        this.credentials = credentials;
        this.quota = quota;
        this.orgId = orgId;
    }

    @Override
    public Requested process(LocalDate day) {
        if (!quota.tryTake(orgId)) {
            log.info("createReport's quota is spent; {} waits for a later run", day);
            return null;
        }
        try {
            return new Requested(day, client.createSalesReport(credentials, day));
        } catch (AdsRateLimitedException e) {
            log.info("Amazon throttled createReport for {}: {}; it waits for a later run", day, e.getMessage());
            return null;
        }
    }
}
