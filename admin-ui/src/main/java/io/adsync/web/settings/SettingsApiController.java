package io.adsync.web.settings;

import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.web.api.ApiSuccess;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.OrgId;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An org's Amazon credentials: shown masked, saved encrypted. */
@RestController
@RequestMapping("/api/settings")
public class SettingsApiController {

    private final SettingsStore store;
    private final TransactionTemplate transaction;

    public SettingsApiController(SettingsStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @GetMapping
    public SettingsBody settings(OrgId org) {
        return new SettingsBody(
                store.amazonSpApi(org.value()).map(AmazonSpApiFields::masked).orElse(null),
                store.amazonAds(org.value()).map(AmazonAdsFields::masked).orElse(null));
    }

    @PostMapping
    public ApiSuccess save(OrgId org, @RequestBody SettingsBody body) {
        if (body.amazon() == null && body.amazonAds() == null) {
            throw new BadRequestException("Nothing to save: send \"amazon\" and/or \"amazon_ads\"");
        }
        // validate both sections before writing either, so a bad field never leaves half of a save behind
        AmazonSpApiSettings spApi = body.amazon() == null ? null
                : body.amazon().toSettings(store.amazonSpApi(org.value()));
        AmazonAdsSettings ads = body.amazonAds() == null ? null
                : body.amazonAds().toSettings(store.amazonAds(org.value()));
        transaction.executeWithoutResult(status -> {
            if (spApi != null) {
                store.saveAmazonSpApi(org.value(), spApi);
            }
            if (ads != null) {
                store.saveAmazonAds(org.value(), ads);
            }
        });
        return ApiSuccess.OK;
    }
}
