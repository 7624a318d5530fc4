package io.adsync.spapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /reports/2021-06-30/documents/{id}}: a pre-signed URL valid five minutes, and how the file is packed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpReportDocument(String reportDocumentId, String url, String compressionAlgorithm) {

    boolean gzipped() {
        return "GZIP".equalsIgnoreCase(compressionAlgorithm);
    }
}
