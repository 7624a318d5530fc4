package io.adsync.web.settings;

import io.adsync.ads.AccessToken;
import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.web.api.OrgId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Test connection": exchanges the saved refresh token for an access token and looks the saved
 * profile up in the saved region (with no profile saved: lists the profiles the connection reaches
 * there). A refusal is an answer, not an error of this endpoint: it comes back as
 * {@code success:false} with Amazon's reason in plain words.
 */
@RestController
public class AmazonAdsConnectionController {

    private final SettingsStore store;
    private final AmazonAdsClient client;

    public AmazonAdsConnectionController(SettingsStore store, AmazonAdsClient client) {
        this.store = store;
        this.client = client;
    }

    @GetMapping("/api/test/amazon-ads")
    public AmazonAdsConnectionResult test(OrgId org) {
        AmazonAdsSettings settings = store.amazonAds(org.value()).orElse(null);
        if (settings == null) {
            return AmazonAdsConnectionResult.failed("No Amazon Ads credentials are saved for organization " + org
                    + ": enter them under Settings > Amazon Ads API and save first");
        }
        AdsCredentials credentials = settings.toCredentials();
        try {
            AccessToken token = client.accessToken(credentials);
            if (!settings.namesAProfile()) {
                return AmazonAdsConnectionResult.reached(token.expiresIn(), client.profiles(credentials));
            }
            return AmazonAdsConnectionResult.connected(token.expiresIn(), client.profile(credentials));
        } catch (AdsApiException e) {
            return AmazonAdsConnectionResult.failed(e.getMessage());
        }
    }
}
