package io.adsync.jobs.backfill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a backfill run's per-day results off its plan, its reports and the loaded rows. */
@Component
public class BackfillResults {

    private final PendingReportRepository pendingReports;
    private final JdbcClient jdbc;

    public BackfillResults(PendingReportRepository pendingReports, JdbcClient jdbc) {
        this.pendingReports = pendingReports;
        this.jdbc = jdbc;
    }

    /** Empty until the run has made its plan. */
    public List<BackfillResult> of(JobExecution execution) {
        if (!execution.getExecutionContext().containsKey("backfill.ranges")) {
            return List.of();
        }
        BackfillPlan plan = BackfillPlanStore.load(execution.getExecutionContext());
        long orgId = execution.getJobParameters().getLong(JobNames.ORG_ID);
        List<PendingReport> reports = pendingReports.findByJobInstance(execution.getJobInstance().getInstanceId());
        Map<LocalDate, Long> rowsByDay = jdbc.sql("""
                        select date, count(*) from amazon_sp_ads where org_id = ? and date between ? and ?
                        group by date""")
                .params(orgId, plan.first(), plan.last())
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<BackfillResult> results = new ArrayList<>();
        for (LocalDate day : plan.days()) {
            if (plan.skipped().contains(day)) {
                results.add(new BackfillResult(day, "skipped", null, null));
                continue;
            }
            PendingReport report = reports.stream()
                    .filter(candidate -> !day.isBefore(candidate.startDate()) && !day.isAfter(candidate.endDate()))
                    .findFirst().orElse(null);
            results.add(resultOf(day, report, rowsByDay.getOrDefault(day, 0L)));
        }
        return results;
    }

    private static BackfillResult resultOf(LocalDate day, PendingReport report, long rows) {
        if (report == null || PendingReport.PENDING.equals(report.status())) {
            return new BackfillResult(day, "pending", null, null);
        }
        if (PendingReport.COMPLETED.equals(report.status())) {
            return new BackfillResult(day, "success", rows, null);
        }
        String reason = report.failureReason();
        boolean timedOut = reason != null && reason.startsWith("timed out");
        return new BackfillResult(day, timedOut ? "timeout" : "error", null, reason);
    }
}
