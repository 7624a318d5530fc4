package io.adsync.jobs.request;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.ads.CreatedReport;
import io.adsync.jobs.pending.DateRange;
import io.adsync.report.ReportCatalog;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Asks Amazon for one report: its type's definition names what to ask for. */
public class ReportRequester implements ItemProcessor<ReportRange, RequestedReport> {

    private final AmazonAdsClient client;
    private final AdsCredentials credentials;

    public ReportRequester(AmazonAdsClient client, AdsCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    @Override
    public RequestedReport process(ReportRange report) {
        DateRange range = report.range();
        CreatedReport created = client.createReport(credentials, ReportCatalog.of(report.reportType()), range.start(),
                range.end());
        return new RequestedReport(report.reportType(), range, created.reportId(), created.duplicate());
    }
}
