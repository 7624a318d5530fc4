package io.adsync.spapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The 202 answer to createReport. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CreatedSpReport(String reportId) {
}
