package io.adsync.web.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.adsync.ads.AdsProfile;

/**
 * The answer of {@code GET /api/test/amazon-ads}: {@code {"success":true,"expiresIn":3600,"profile":{...}}}
 * or {@code {"success":false,"error":"<plain words>"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmazonAdsConnectionResult(boolean success, Long expiresIn, AdsProfile profile, String error) {

    static AmazonAdsConnectionResult connected(long expiresIn, AdsProfile profile) {
        return new AmazonAdsConnectionResult(true, expiresIn, profile, null);
    }

    static AmazonAdsConnectionResult failed(String error) {
        return new AmazonAdsConnectionResult(false, null, null, error);
    }
}
