package io.adsync.jobs.backfill;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.adsync.ads.AdsCredentials;
import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.JobNames;
import io.adsync.jobs.account.AdsAccount;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.jobs.request.ReportCreation;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The backfill-specific steps around the shared poll and load steps: plan, request the next ranges
 * (at most {@code batch} in flight), wait, and decide whether another round is needed.
 */
@Component
public class BackfillTasklets {

    private static final Logger log = LoggerFactory.getLogger(BackfillTasklets.class);

    public static final FlowExecutionStatus WAIT = new FlowExecutionStatus("WAIT");
    /** job context key: plan ranges wholly beyond what Amazon keeps, by their last day */
    private static final String BEYOND_RETENTION = "backfill.beyondRetention";

    private final AdsAccounts accounts;
    private final ReportCreation creation;
    private final PendingReportRepository pendingReports;
    private final ReportCoverage coverage;

    public BackfillTasklets(AdsAccounts accounts, ReportCreation creation, PendingReportRepository pendingReports,
                            ReportCoverage coverage) {
        this.accounts = accounts;
        this.creation = creation;
        this.pendingReports = pendingReports;
        this.coverage = coverage;
    }

    /**
     * Days a completed report already covered ({@code report_coverage}, days without activity
     * included) are skipped; the rest become ranges of up to 31 days.
     */
    public Tasklet plan() {
        return (contribution, chunk) -> {
            JobExecution job = chunk.getStepContext().getStepExecution().getJobExecution();
            JobParameters parameters = job.getJobParameters();
            long orgId = parameters.getLong(JobNames.ORG_ID);
            AdsAccount account = accounts.account(orgId, parameters.getLong(JobNames.PROFILE_ID));
            ReportDefinition type = reportType(parameters);
            // a type Amazon keeps for fewer days (Sponsored Brands: 60) is fetched as far back as it has
            int days = Math.min(parameters.getLong(JobNames.DAYS).intValue(), type.retentionDays());
            DateRange window = BackfillPlan.window(account.today(), days, parameters.getLocalDate(JobNames.FROM),
                    parameters.getLocalDate(JobNames.TO));
            SortedSet<LocalDate> loaded = new TreeSet<>(coverage.loadedDates(orgId, account.profileId(),
                    type.reportTypeId(), window.start(), window.end()));
            BackfillPlanStore.save(BackfillPlan.of(window, loaded), job.getExecutionContext());
            return RepeatStatus.FINISHED;
        };
    }

    /** Requests ranges not yet requested until {@code batch} reports of this run are in flight. */
    public Tasklet requestNextRanges() {
        return (contribution, chunk) -> {
            StepExecution step = chunk.getStepContext().getStepExecution();
            JobExecution job = step.getJobExecution();
            long orgId = job.getJobParameters().getLong(JobNames.ORG_ID);
            long profileId = job.getJobParameters().getLong(JobNames.PROFILE_ID);
            int batch = job.getJobParameters().getLong(JobNames.BATCH).intValue();
            long instanceId = job.getJobInstance().getInstanceId();
            List<PendingReport> requested = pendingReports.findByJobInstance(instanceId);
            Set<LocalDate> asked = askedRanges(requested, job.getExecutionContext());
            long inFlight = requested.stream().filter(report -> PendingReport.PENDING.equals(report.status())).count();
            BackfillPlan plan = BackfillPlanStore.load(job.getExecutionContext());
            AdsCredentials credentials = accounts.credentials(orgId, profileId);
            ReportDefinition type = reportType(job.getJobParameters());
            for (DateRange range : plan.ranges()) {
                if (inFlight >= batch) {
                    break;
                }
                if (!asked.contains(range.end())) {
                    ReportCreation.Created created = creation.create(credentials, type, range);
                    created.notes().forEach(note -> log.warn("Backfill #{}: {}", job.getId(), note));
                    if (created.report() == null) {
                        markBeyondRetention(range, job.getExecutionContext());
                        continue;
                    }
                    // the days Amazon was asked for (clipped to what it keeps) are the report's
                    pendingReports.recordRequested(orgId, credentials.profileId(), type.reportTypeId(),
                            created.report().reportId(), created.range(), ReportOrigin.BACKFILL, instanceId);
                    contribution.incrementWriteCount(1);
                    inFlight++;
                }
            }
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * The ranges of the plan this run has asked for, by their last day: the ranges of a plan are
     * disjoint, and a report clipped to Amazon's retention starts later than its range but ends with it.
     */
    private static Set<LocalDate> askedRanges(List<PendingReport> requested, ExecutionContext context) {
        Set<LocalDate> asked = requested.stream().map(PendingReport::endDate).collect(Collectors.toSet());
        beyondRetention(context).forEach(day -> asked.add(LocalDate.parse(day)));
        return asked;
    }

    /** A range Amazon no longer has at all is not asked for again (kept by its last day). */
    private static void markBeyondRetention(DateRange range, ExecutionContext context) {
        ArrayList<String> beyond = new ArrayList<>(beyondRetention(context));
        beyond.add(range.end().toString());
        context.put(BEYOND_RETENTION, beyond);
    }

    @SuppressWarnings("unchecked")
    private static List<String> beyondRetention(ExecutionContext context) {
        List<String> beyond = (List<String>) context.get(BEYOND_RETENTION);
        return beyond == null ? List.of() : beyond;
    }

    /** The run's report type; runs from before the catalogue fetched spCampaigns. */
    public static ReportDefinition reportType(JobParameters parameters) {
        String reportType = parameters.getString(JobNames.REPORT_TYPE);
        return reportType == null ? ReportCatalog.spCampaigns() : ReportCatalog.of(reportType);
    }

    public Tasklet pause(Duration interval) {
        return (contribution, chunk) -> {
            Thread.sleep(interval.toMillis());
            return RepeatStatus.FINISHED;
        };
    }

    /** Another round while a range is unrequested or a report of this run is still pending. */
    public JobExecutionDecider progress() {
        return (job, step) -> {
            long instanceId = job.getJobInstance().getInstanceId();
            List<PendingReport> requested = pendingReports.findByJobInstance(instanceId);
            BackfillPlan plan = BackfillPlanStore.load(job.getExecutionContext());
            boolean allRequested = plan.ranges().stream().map(DateRange::end)
                    .allMatch(askedRanges(requested, job.getExecutionContext())::contains);
            boolean anyPending = requested.stream().anyMatch(report -> PendingReport.PENDING.equals(report.status()));
            return allRequested && !anyPending ? FlowExecutionStatus.COMPLETED : WAIT;
        };
    }
}
