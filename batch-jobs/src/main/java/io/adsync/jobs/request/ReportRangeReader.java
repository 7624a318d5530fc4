package io.adsync.jobs.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The ranges the request job asks for: the profile's refresh window before the run's day (in the
 * profile's time zone), then the ranges of its reports that timed out outside it. The list is fixed
 * at the first open and saved, so a restart resumes at the first range that was not yet requested.
 */
public class ReportRangeReader extends AbstractItemCountingItemStreamItemReader<DateRange> {

    private static final String RANGES = "ranges";

    private final long orgId;
    private final long profileId;
    private final RefreshWindow window;
    private final PendingReportRepository pendingReports;
    private List<DateRange> ranges;

    public ReportRangeReader(long orgId, long profileId, RefreshWindow window, PendingReportRepository pendingReports) {
        this.orgId = orgId;
        this.profileId = profileId;
        this.window = window;
        this.pendingReports = pendingReports;
        setName("reportRanges");
    }

    @Override
    public void open(ExecutionContext context) {
        String key = getExecutionContextKey(RANGES);
        if (context.containsKey(key)) {
            ranges = new ArrayList<>();
            for (String range : context.getString(key).split(",")) {
                String[] bounds = range.split("\\.\\.");
                ranges.add(new DateRange(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1])));
            }
        } else {
            ranges = plan();
        }
        super.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putString(getExecutionContextKey(RANGES), String.join(",",
                ranges.stream().map(range -> range.start() + ".." + range.end()).toList()));
    }

    private List<DateRange> plan() {
        List<DateRange> planned = new ArrayList<>(window.ranges());
        // a timed-out report inside the window is fetched again with it; older ones (a backfill's) on their own
        pendingReports.requeuedRanges(orgId, profileId).stream().filter(range -> !window.contains(range))
                .forEach(planned::add);
        return planned;
    }

    @Override
    protected DateRange doRead() {
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
