package io.adsync.sales;

import io.adsync.settings.SettingsStore;
import io.adsync.spapi.SpApiCredentials;
import io.adsync.spapi.SpApiMarketplace;
import io.adsync.spapi.UnknownMarketplaceException;
import org.springframework.stereotype.Component;

/** The org's seller account on the SP-API, from its saved (encrypted) settings. */
@Component
public class SalesAccounts {

    private final SettingsStore settings;

    public SalesAccounts(SettingsStore settings) {
        this.settings = settings;
    }

    /**
     * @throws NoSpApiSettingsException when none are saved
     * @throws UnknownMarketplaceException when the saved marketplace is not an Amazon one
     */
    public SpApiCredentials credentials(long orgId) {
        return settings.amazonSpApi(orgId).map(SpApiCredentials::of)
                .orElseThrow(() -> new NoSpApiSettingsException(orgId));
    }

    public boolean hasCredentials(long orgId) {
        return settings.amazonSpApi(orgId).isPresent();
    }

    public java.util.List<Long> connectedOrgs() {
        return settings.orgsWithAmazonSpApi();
    }

    /** The marketplace's time zone: its days are the report's days. */
    public static SpApiMarketplace marketplace(String marketplaceId) {
        return SpApiMarketplace.byId(marketplaceId).orElseThrow(() -> new UnknownMarketplaceException(marketplaceId));
    }
}
