package io.adsync.benchmark;

import java.nio.file.Path;

import io.adsync.report.ReportDefinition;

/**
 * One generated report of a type, in the two forms the benchmark feeds: what Amazon sends (a gzip
 * JSON array) and the same rows in PostgreSQL's COPY text format, columns in table order.
 *
 * @param type      the report type, whose definition names the columns and the table
 * @param gzipJson  the report file as downloaded
 * @param copyText  the same rows as COPY text ({@code org_id, profile_id}, the type's columns, {@code extra})
 * @param rows      rows in both
 * @param jsonBytes size of the uncompressed JSON
 * @param gzipBytes size of the report file
 */
record GeneratedReport(ReportDefinition type, Path gzipJson, Path copyText, long rows, long jsonBytes,
                       long gzipBytes) {
}
