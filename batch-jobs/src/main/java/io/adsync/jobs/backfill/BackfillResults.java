package io.adsync.jobs.backfill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.adsync.coverage.CoveredDay;
import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Reads a backfill run's per-day results off its plan, its reports and their coverage. A day is
 * "fetched" when a report of the run covered it, also a loaded day between two missing ones that
 * the range report fetched again; its rows are the rows that report stored for it, so the results
 * add up to the reports' {@code rows_loaded}.
 */
@Component
public class BackfillResults {

    private final PendingReportRepository pendingReports;
    private final ReportCoverage coverage;

    public BackfillResults(PendingReportRepository pendingReports, ReportCoverage coverage) {
        this.pendingReports = pendingReports;
        this.coverage = coverage;
    }

    /** Empty until the run has made its plan. */
    public List<BackfillResult> of(JobExecution execution) {
        if (!BackfillPlanStore.has(execution.getExecutionContext())) {
            return List.of();
        }
        BackfillPlan plan = BackfillPlanStore.load(execution.getExecutionContext());
        long orgId = execution.getJobParameters().getLong(JobNames.ORG_ID);
        Long profileId = execution.getJobParameters().getLong(JobNames.PROFILE_ID);
        List<PendingReport> reports = pendingReports.findByJobInstance(execution.getJobInstance().getInstanceId());
        Map<LocalDate, Long> rowsByDay = coverage.days(orgId, profileId, BackfillTasklets.reportType(execution.getJobParameters()).reportTypeId(),
                        plan.first(), plan.last())
                .stream().collect(Collectors.toMap(CoveredDay::date, CoveredDay::rows));
        List<BackfillResult> results = new ArrayList<>();
        for (LocalDate day : plan.days()) {
            PendingReport report = reports.stream().filter(candidate -> candidate.range().contains(day))
                    .findFirst().orElse(null);
            if (report == null && plan.skipped().contains(day)) {
                results.add(new BackfillResult(day, BackfillResult.SKIPPED, null, null));
            } else {
                results.add(resultOf(day, report, rowsByDay.getOrDefault(day, 0L)));
            }
        }
        return results;
    }

    private static BackfillResult resultOf(LocalDate day, PendingReport report, long rows) {
        if (report == null || PendingReport.PENDING.equals(report.status())) {
            return new BackfillResult(day, BackfillResult.PENDING, null, null);
        }
        if (PendingReport.COMPLETED.equals(report.status())) {
            return new BackfillResult(day, BackfillResult.SUCCESS, rows, null);
        }
        String reason = report.failureReason();
        boolean timedOut = reason != null && reason.startsWith(PendingReportRepository.TIMED_OUT);
        return new BackfillResult(day, timedOut ? BackfillResult.TIMEOUT : BackfillResult.ERROR, null, reason);
    }
}
