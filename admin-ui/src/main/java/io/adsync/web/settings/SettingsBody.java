package io.adsync.web.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code GET /api/settings} answers it (secrets masked, a section never saved is null);
 * {@code POST /api/settings} accepts it (a section left out is left as it is).
 */
public record SettingsBody(@JsonProperty("amazon") AmazonSpApiFields amazon,
                           @JsonProperty("amazon_ads") AmazonAdsFields amazonAds) {
}
