package io.adsync.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * The load figures of one report type: the best of the rounds of the collect load into the empty and
 * the full table and of the raw COPY, and the peak heap at each measured size.
 *
 * @param minLoadToCopy the target of load over COPY for this type
 */
record TypeFigures(GeneratedReport report, Duration loadEmpty, Duration loadFull, Duration copy,
                   List<HeapMeasurement.Result> heap, double minLoadToCopy) {

    double rate(Duration elapsed) {
        return report.rows() / (elapsed.toNanos() / 1e9);
    }

    String reportType() {
        return report.type().reportTypeId();
    }
}
