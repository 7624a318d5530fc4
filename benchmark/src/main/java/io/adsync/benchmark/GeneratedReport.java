package io.adsync.benchmark;

import java.nio.file.Path;

/**
 * One generated spCampaigns report, in the two forms the benchmark feeds: what Amazon sends (a gzip
 * JSON array) and the same rows in PostgreSQL's COPY text format, columns in table order.
 *
 * @param gzipJson  the report file as downloaded
 * @param copyText  the same rows as COPY text ({@code org_id, profile_id}, the registry columns, {@code extra})
 * @param rows      rows in both
 * @param jsonBytes size of the uncompressed JSON
 * @param gzipBytes size of the report file
 */
record GeneratedReport(Path gzipJson, Path copyText, long rows, long jsonBytes, long gzipBytes) {
}
