package io.adsync.jobs.collect;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRateLimitedException;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.jobs.pending.PendingReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Polls each pending report once. When Amazon keeps answering 429 (after the client's own bounded
 * backoff) polling stops for this run: the remaining reports stay pending for the next one.
 */
public class ReportPoller implements ItemProcessor<PendingReport, PollOutcome>, StepExecutionListener {

    /** step context key: this run stopped polling because of rate limiting */
    public static final String RATE_LIMITED = "rateLimited";

    private static final Logger log = LoggerFactory.getLogger(ReportPoller.class);

    private final AmazonAdsClient client;
    private final long orgId;
    private final AdsCredentials credentials;
    private StepExecution stepExecution;
    private boolean rateLimited;

    public ReportPoller(AmazonAdsClient client, long orgId, AdsCredentials credentials) {
        this.client = client;
        this.orgId = orgId;
        this.credentials = credentials;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public PollOutcome process(PendingReport report) {
        if (rateLimited) {
            return null;
        }
        try {
            return new PollOutcome(report, client.report(credentials, report.reportId()));
        } catch (AdsRateLimitedException e) {
            log.warn("Amazon rate-limits polling of org {}: stopping this run, {} and later reports stay pending",
                    orgId, report.reportId());
            rateLimited = true;
            stepExecution.getExecutionContext().put(RATE_LIMITED, Boolean.TRUE);
            return null;
        }
    }
}
