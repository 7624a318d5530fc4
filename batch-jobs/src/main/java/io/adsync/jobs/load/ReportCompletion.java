package io.adsync.jobs.load;

import java.time.ZoneId;

import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a report's load, in one transaction after its last chunk: the rows of its days that the
 * report no longer contains are deleted, its days are recorded as covered, and it is marked
 * completed. A run killed before this commits has every chunk stored but the report still pending;
 * its restart reads past the end at once and completes it here, so the days end exactly as after a
 * clean run.
 */
@Component
public class ReportCompletion {

    private static final Logger log = LoggerFactory.getLogger(ReportCompletion.class);

    private final PendingReportRepository pendingReports;
    private final ReportCoverage coverage;
    private final TransactionTemplate transaction;

    public ReportCompletion(PendingReportRepository pendingReports, ReportCoverage coverage,
                            PlatformTransactionManager transactionManager) {
        this.pendingReports = pendingReports;
        this.coverage = coverage;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** @param zone the profile's time zone (the days' ages are counted in it) */
    public void complete(long pendingReportId, ZoneId zone) {
        transaction.executeWithoutResult(status -> {
            PendingReport report = pendingReports.get(pendingReportId);
            int dropped = coverage.recordLoad(report, zone);
            if (dropped > 0) {
                log.info("Report {} ({}) no longer holds {} rows stored for its days: Amazon dropped them, so were they",
                        report.reportId(), report.range(), dropped);
            }
            pendingReports.markCompleted(pendingReportId);
        });
    }
}
