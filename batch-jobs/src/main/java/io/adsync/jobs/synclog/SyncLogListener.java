package io.adsync.jobs.synclog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.adsync.jobs.JobNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Writes one {@code sync_logs} row per job run, whatever the outcome. */
public class SyncLogListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SyncLogListener.class);

    private final SyncLogRepository syncLogs;
    private final RunReporter reporter;

    public SyncLogListener(SyncLogRepository syncLogs, RunReporter reporter) {
        this.syncLogs = syncLogs;
        this.reporter = reporter;
    }

    @Override
    public void afterJob(JobExecution execution) {
        RunReport report = reporter.report(execution);
        long orgId = execution.getJobParameters().getLong(JobNames.ORG_ID);
        Instant started = execution.getStartTime() == null ? Instant.now()
                : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        log.info("{} #{} for org {}: {}: {}", execution.getJobInstance().getJobName(), execution.getId(), orgId,
                report.status(), report.message());
        Map<String, Object> details = new LinkedHashMap<>(report.details());
        if (PlainWords.failureOf(execution).filter(PlainWords::isCredentialsRefusal).isPresent()) {
            details.put(SyncLog.CREDENTIALS_REFUSED, true);
        }
        syncLogs.insert(new SyncLog(0, orgId, SyncLog.SOURCE, execution.getJobInstance().getJobName(),
                report.status(), report.message(), report.rows(), started, Instant.now(),
                SyncLog.detailsJson(details)));
    }
}
