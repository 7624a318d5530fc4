package io.adsync.jobs.request;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.ads.CreatedReport;
import io.adsync.jobs.pending.DateRange;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Asks Amazon for the spCampaigns report of one range. */
public class ReportRequester implements ItemProcessor<DateRange, RequestedReport> {

    private final AmazonAdsClient client;
    private final AdsCredentials credentials;

    public ReportRequester(AmazonAdsClient client, AdsCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    @Override
    public RequestedReport process(DateRange range) {
        CreatedReport created = client.createReport(credentials, range.start(), range.end());
        return new RequestedReport(range, created.reportId(), created.duplicate());
    }
}
