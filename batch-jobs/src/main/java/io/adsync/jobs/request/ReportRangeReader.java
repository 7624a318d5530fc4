package io.adsync.jobs.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReportRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The days the request job asks for: each lookback day before the run's day (in the profile's
 * time zone), then the ranges of reports that timed out. The list is fixed at the first open and
 * saved, so a restart resumes at the first range that was not yet requested.
 */
public class ReportRangeReader extends AbstractItemCountingItemStreamItemReader<DateRange> {

    private static final String RANGES = "ranges";

    private final long orgId;
    private final LocalDate day;
    private final List<Integer> lookbackDays;
    private final PendingReportRepository pendingReports;
    private List<DateRange> ranges;

    public ReportRangeReader(long orgId, LocalDate day, List<Integer> lookbackDays,
                             PendingReportRepository pendingReports) {
        this.orgId = orgId;
        this.day = day;
        this.lookbackDays = lookbackDays;
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
        Set<DateRange> planned = new LinkedHashSet<>();
        lookbackDays.forEach(days -> planned.add(DateRange.day(day.minusDays(days))));
        planned.addAll(pendingReports.requeuedRanges(orgId));
        return new ArrayList<>(planned);
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
