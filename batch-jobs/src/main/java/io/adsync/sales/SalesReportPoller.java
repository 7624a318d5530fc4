package io.adsync.sales;

import io.adsync.ads.AdsRateLimitedException;
import io.adsync.ads.AdsUnavailableException;
import io.adsync.spapi.SpApiClient;
import io.adsync.spapi.SpApiCredentials;
import io.adsync.spapi.SpReport;
import io.adsync.spapi.SpReport.ProcessingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Asks where a pending report is. FATAL reports are given their reason from the error document here, before the
 * writer marks them failed. Throttling or an outage on one report leaves it pending for the next poll.
 */
public class SalesReportPoller implements ItemProcessor<SalesPendingReport, SalesReportPoller.Polled> {

    private static final Logger log = LoggerFactory.getLogger(SalesReportPoller.class);

    /** @param fatalReason Amazon's explanation of a FATAL report, else null */
    public record Polled(SalesPendingReport report, SpReport amazon, String fatalReason) {
    }

    private final SpApiClient client;
    private final SpApiCredentials credentials;

    public SalesReportPoller(SpApiClient client, SpApiCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    @Override
    public Polled process(SalesPendingReport report) {
        SpReport amazon;
        try {
            amazon = client.report(credentials, report.reportId());
        } catch (AdsRateLimitedException | AdsUnavailableException e) {
            log.info("Report {} of {} stays pending: {}", report.reportId(), report.date(), e.getMessage());
            return null;
        }
        String fatal = amazon.processingStatus() == ProcessingStatus.FATAL
                ? client.fatalReason(credentials, amazon) : null;
        return new Polled(report, amazon, fatal);
    }
}
