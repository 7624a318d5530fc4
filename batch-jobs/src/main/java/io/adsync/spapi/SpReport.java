package io.adsync.spapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /reports/2021-06-30/reports/{reportId}}: where a report is.
 *
 * @param reportDocumentId set when DONE (the rows) and when FATAL (an error document)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpReport(String reportId, String reportType, ProcessingStatus processingStatus,
                       String reportDocumentId, String dataStartTime, String dataEndTime) {

    public enum ProcessingStatus {
        IN_QUEUE, IN_PROGRESS, DONE,
        /** Amazon generated nothing: also what it answers for a day without data */
        CANCELLED,
        /** the report failed; its document, when there is one, says why */
        FATAL;

        public boolean finished() {
            return this == DONE || this == CANCELLED || this == FATAL;
        }
    }
}
