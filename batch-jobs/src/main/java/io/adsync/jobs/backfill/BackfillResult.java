package io.adsync.jobs.backfill;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Per-day outcome of a backfill: {@code success} (with rows), {@code skipped} (already loaded),
 * {@code error}, {@code timeout}, or {@code pending} while the run carries on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackfillResult(LocalDate date, String status, Long rows, String error) {

    public static final String SUCCESS = "success";
    public static final String SKIPPED = "skipped";
    public static final String ERROR = "error";
    public static final String TIMEOUT = "timeout";
    public static final String PENDING = "pending";

    /** The seed's summary of a backfill run. */
    public record Summary(int total, int fetched, long rows, int skipped, int errors, int timeouts) {

        public static Summary of(List<BackfillResult> results) {
            int fetched = 0;
            int skipped = 0;
            int errors = 0;
            int timeouts = 0;
            long rows = 0;
            for (BackfillResult result : results) {
                switch (result.status()) {
                    case SUCCESS -> {
                        fetched++;
                        rows += result.rows();
                    }
                    case SKIPPED -> skipped++;
                    case ERROR -> errors++;
                    case TIMEOUT -> timeouts++;
                    default -> {
                    }
                }
            }
            return new Summary(results.size(), fetched, rows, skipped, errors, timeouts);
        }
    }
}
