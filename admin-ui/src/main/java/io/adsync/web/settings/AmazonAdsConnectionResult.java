package io.adsync.web.settings;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.adsync.ads.AdsProfile;

/**
 * The answer of {@code GET /api/test/amazon-ads}: {@code {"success":true,"expiresIn":3600,"profile":{...}}}
 * for a connection that names a profile, {@code {"success":true,"expiresIn":3600,"profiles":[...]}} (every
 * profile it reaches in its region) for one that names none, or {@code {"success":false,"error":"<plain words>"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmazonAdsConnectionResult(boolean success, Long expiresIn, AdsProfile profile, List<AdsProfile> profiles,
                                        String error) {

    static AmazonAdsConnectionResult connected(long expiresIn, AdsProfile profile) {
        return new AmazonAdsConnectionResult(true, expiresIn, profile, null, null);
    }

    static AmazonAdsConnectionResult reached(long expiresIn, List<AdsProfile> profiles) {
        return new AmazonAdsConnectionResult(true, expiresIn, null, List.copyOf(profiles), null);
    }

    static AmazonAdsConnectionResult failed(String error) {
        return new AmazonAdsConnectionResult(false, null, null, null, error);
    }
}
