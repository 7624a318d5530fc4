package io.adsync.jobs.collect;

import java.util.List;

/**
 * What a collect (or one backfill round) did with the org's pending reports.
 *
 * @param completed    reports loaded in full by this run
 * @param failed       reports given up by this run (Amazon FAILED, timed out, or too many broken downloads)
 * @param pending      reports still waiting after this run
 * @param rows         rows upserted by this run
 * @param skippedRows  malformed rows left out, with {@code skipReasons} naming the first few
 * @param rateLimited  polling stopped early because Amazon kept answering 429
 * @param loadErrors   plain-words reasons of polls and loads that failed and will be retried
 */
public record CollectSummary(int completed, int failed, int pending, long rows, long skippedRows,
                             boolean rateLimited, List<String> skipReasons, List<String> loadErrors) {
}
