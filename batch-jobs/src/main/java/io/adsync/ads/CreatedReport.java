package io.adsync.ads;

/**
 * A report Amazon is generating.
 *
 * @param reportId  Amazon's id, to poll with {@link AmazonAdsClient#report}
 * @param duplicate true when Amazon answered 425 because an identical report is still being generated, and
 *                  {@code reportId} is that earlier report's id
 */
public record CreatedReport(String reportId, boolean duplicate) {
}
