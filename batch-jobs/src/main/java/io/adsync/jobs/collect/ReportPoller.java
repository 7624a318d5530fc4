package io.adsync.jobs.collect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRateLimitedException;
import io.adsync.ads.AdsRequestRejectedException;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.synclog.PlainWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Polls each pending report once, in the scope of the report's own profile. When Amazon keeps
 * answering 429 for a profile (after the client's own bounded backoff), or refuses a profile, polling
 * stops for that profile in this run: its remaining reports stay pending for the next one, and the
 * other profiles' reports are polled as usual. Refused credentials concern every profile of the
 * connection and fail the run.
 */
public class ReportPoller implements ItemProcessor<PendingReport, PollOutcome>, StepExecutionListener {

    /** step context key: this run stopped polling some profile because of rate limiting */
    public static final String RATE_LIMITED = "rateLimited";
    /** step context key: plain-words reasons Amazon refused to poll a profile's reports */
    public static final String POLL_ERRORS = "pollErrors";

    private static final Logger log = LoggerFactory.getLogger(ReportPoller.class);

    private final AmazonAdsClient client;
    private final long orgId;
    private final AdsCredentials connection;
    private final Set<Long> stoppedProfiles = new HashSet<>();
    private final ArrayList<String> pollErrors = new ArrayList<>();
    private StepExecution stepExecution;

    public ReportPoller(AmazonAdsClient client, long orgId, AdsCredentials connection) {
        this.client = client;
        this.orgId = orgId;
        this.connection = connection;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public PollOutcome process(PendingReport report) {
        if (stoppedProfiles.contains(report.profileId())) {
            return null;
        }
        try {
            return new PollOutcome(report, client.report(connection.forProfile(report.profileId()), report.reportId()));
        } catch (AdsRateLimitedException e) {
            log.warn("Amazon rate-limits polling of org {} profile {}: stopping it for this run, {} and its later "
                    + "reports stay pending", orgId, report.profileId(), report.reportId());
            stoppedProfiles.add(report.profileId());
            stepExecution.getExecutionContext().put(RATE_LIMITED, Boolean.TRUE);
            return null;
        } catch (AdsRequestRejectedException e) {
            // this profile only (access to it withdrawn, say); a refused token fails the whole run instead
            String reason = "profile " + report.profileId() + ": " + PlainWords.of(e);
            log.warn("Could not poll report {} of org {}, {}; its reports stay pending", report.reportId(), orgId,
                    reason);
            stoppedProfiles.add(report.profileId());
            pollErrors.add(reason);
            stepExecution.getExecutionContext().put(POLL_ERRORS, new ArrayList<>(pollErrors));
            return null;
        }
    }
}
