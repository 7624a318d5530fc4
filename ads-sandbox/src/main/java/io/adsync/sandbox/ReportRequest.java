package io.adsync.sandbox;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A create-report request that passed validation.
 *
 * @param configuration the request's configuration exactly as sent: echoed back in the report object and compared
 *                      as a whole to detect duplicates, as Amazon does
 * @param columns       the requested columns, which are the keys of the downloaded rows
 * @param type          the report type asked for
 */
record ReportRequest(String name, LocalDate startDate, LocalDate endDate, JsonNode configuration,
                     List<String> columns, SandboxReportType type) {

    /** Amazon answers 425 for a request identical to one still in flight: same profile, dates and configuration. */
    boolean sameAs(ReportRequest other) {
        return startDate.equals(other.startDate) && endDate.equals(other.endDate)
                && configuration.equals(other.configuration);
    }
}
