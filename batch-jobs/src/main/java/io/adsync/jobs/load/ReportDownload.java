package io.adsync.jobs.load;

import java.io.InputStream;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AmazonAdsClient;
import org.springframework.core.io.AbstractResource;

/**
 * A completed report's rows as a {@link org.springframework.core.io.Resource}. Every
 * {@link #getInputStream()} downloads afresh (a new pre-signed URL, gunzipped while streaming),
 * because a restarted reader re-opens its resource and an hour-old URL has expired.
 */
public class ReportDownload extends AbstractResource {

    private final AmazonAdsClient client;
    private final AdsCredentials credentials;
    private final String reportId;

    public ReportDownload(AmazonAdsClient client, AdsCredentials credentials, String reportId) {
        this.client = client;
        this.credentials = credentials;
        this.reportId = reportId;
    }

    @Override
    public InputStream getInputStream() {
        return client.download(credentials, reportId);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "Amazon Ads report " + reportId;
    }
}
