package io.adsync.spapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The error document of a FATAL report: Amazon explains in {@code errorDetails}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FatalReportDocument(String errorDetails) {
}
