package io.adsync.jobs.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.report.ReportDefinition;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The reports the request job asks for: for each report type the profile syncs, the refresh window
 * before the run's day (in the profile's time zone, capped by the type's retention), then the ranges
 * of its reports that timed out outside it. The list is fixed at the first open and saved, so a
 * restart resumes at the first report that was not yet requested.
 */
public class ReportRangeReader extends AbstractItemCountingItemStreamItemReader<ReportRange> {

    private static final String RANGES = "ranges";

    private final long orgId;
    private final long profileId;
    private final LocalDate day;
    private final int refreshDays;
    private final List<ReportDefinition> reportTypes;
    private final PendingReportRepository pendingReports;
    private List<ReportRange> ranges;

    public ReportRangeReader(long orgId, long profileId, LocalDate day, int refreshDays,
                             List<ReportDefinition> reportTypes, PendingReportRepository pendingReports) {
        this.orgId = orgId;
        this.profileId = profileId;
        this.day = day;
        this.refreshDays = refreshDays;
        this.reportTypes = List.copyOf(reportTypes);
        this.pendingReports = pendingReports;
        setName("reportRanges");
    }

    @Override
    public void open(ExecutionContext context) {
        String key = getExecutionContextKey(RANGES);
        if (context.containsKey(key)) {
            ranges = Arrays.stream(context.getString(key).split(",")).filter(text -> !text.isBlank())
                    .map(ReportRange::parse).toList();
        } else {
            ranges = plan();
        }
        super.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putString(getExecutionContextKey(RANGES),
                String.join(",", ranges.stream().map(ReportRange::toString).toList()));
    }

    private List<ReportRange> plan() {
        List<ReportRange> planned = new ArrayList<>();
        for (ReportDefinition type : reportTypes) {
            RefreshWindow window = RefreshWindow.of(day, refreshDays, type.retentionDays());
            window.ranges().forEach(range -> planned.add(new ReportRange(type.reportTypeId(), range)));
            // a timed-out report inside the window is fetched again with it; older ones (a backfill's) on their own
            pendingReports.requeuedRanges(orgId, profileId, type.reportTypeId()).stream()
                    .filter(range -> !window.contains(range))
                    .forEach(range -> planned.add(new ReportRange(type.reportTypeId(), range)));
        }
        return planned;
    }

    @Override
    protected ReportRange doRead() {
        int next = getCurrentItemCount() - 1;
        return next < ranges.size() ? ranges.get(next) : null;
    }

    @Override
    protected void doOpen() {
        // the plan is made in open(), where the execution context is at hand
    }

    @Override
    protected void doClose() {
        ranges = null;
    }
}
