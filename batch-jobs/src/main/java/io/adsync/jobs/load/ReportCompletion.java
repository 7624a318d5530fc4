package io.adsync.jobs.load;

import java.time.ZoneId;

import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a report's load, in one transaction after its last chunk: the rows of its days that the
 * report no longer contains are deleted, its days are recorded as covered, and it is marked
 * completed. A run killed before this commits has every chunk stored but the report still pending;
 * its restart reads past the end at once and completes it here, so the days end exactly as after a
 * clean run. Each completed report adds its rows to {@code adsync_rows_loaded_total{report_type}}
 * (when the application has a meter registry).
 */
@Component
public class ReportCompletion {

    private static final Logger log = LoggerFactory.getLogger(ReportCompletion.class);
    private static final String ROWS_LOADED = "adsync.rows.loaded";

    private final PendingReportRepository pendingReports;
    private final ReportCoverage coverage;
    private final TransactionTemplate transaction;
    private final ObjectProvider<MeterRegistry> meterRegistry;

    public ReportCompletion(PendingReportRepository pendingReports, ReportCoverage coverage,
                            PlatformTransactionManager transactionManager, ObjectProvider<MeterRegistry> meterRegistry) {
        this.pendingReports = pendingReports;
        this.coverage = coverage;
        this.transaction = new TransactionTemplate(transactionManager);
        this.meterRegistry = meterRegistry;
    }

    /** @param zone the profile's time zone (the days' ages are counted in it) */
    public void complete(long pendingReportId, ZoneId zone) {
        PendingReport report = transaction.execute(status -> {
            PendingReport loaded = pendingReports.get(pendingReportId);
            int dropped = coverage.recordLoad(loaded, zone);
            if (dropped > 0) {
                log.info("Report {} ({}) no longer holds {} rows stored for its days: Amazon dropped them, so were they",
                        loaded.reportId(), loaded.range(), dropped);
            }
            pendingReports.markCompleted(pendingReportId);
            return loaded;
        });
        // counted once committed: a completion rolled back is done again by the restart, and counted then
        meterRegistry.ifAvailable(meters -> meters.counter(ROWS_LOADED, "report_type", report.reportType())
                .increment(report.rowsLoaded()));
    }
}
