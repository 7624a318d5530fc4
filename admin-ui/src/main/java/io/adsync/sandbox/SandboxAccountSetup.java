package io.adsync.sandbox;

import io.adsync.ads.AdsRegion;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A new installation's org 1 has no Amazon credentials yet: point it at the built-in sandbox, the Ads
 * side and the SP-API side (sales and traffic), so the first start already shows the whole flow (sync,
 * jobs, charts with revenue). Credentials saved later replace these.
 * Only while the sandbox runs: on the user's own database no sandbox credentials are ever written.
 */
@Component
@Conditional(SandboxEnabledCondition.class)
public class SandboxAccountSetup implements ApplicationRunner {

    static final long DEFAULT_ORG = 1;
    /** The UK marketplace, that of the sandbox's GB profile. */
    static final String SANDBOX_MARKETPLACE = "A1F83G8C2ARO7P";

    private static final Logger log = LoggerFactory.getLogger(SandboxAccountSetup.class);

    private final SettingsStore settings;

    public SandboxAccountSetup(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        // a row check, not a decryption: a changed key must not stop the application here
        if (!settings.orgsWithAmazonSpApi().contains(DEFAULT_ORG)) {
            // the sandbox's seller sells in the UK profile's marketplace; its Sales and Traffic match those ads
            settings.saveAmazonSpApi(DEFAULT_ORG, new AmazonSpApiSettings(SandboxAccounts.CLIENT_ID,
                    SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SANDBOX_MARKETPLACE,
                    AdsRegion.SANDBOX.name()));
            log.info("Organization {} had no SP-API credentials: it now loads sales and traffic from the built-in "
                    + "sandbox (marketplace {}, GB).", DEFAULT_ORG, SANDBOX_MARKETPLACE);
        }
        if (settings.orgsWithAmazonAds().contains(DEFAULT_ORG)) {
            return;
        }
        settings.saveAmazonAds(DEFAULT_ORG, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID,
                SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB,
                AdsRegion.SANDBOX));
        log.info("Organization {} had no Amazon Ads credentials: it now uses the built-in sandbox (region SANDBOX, "
                + "profile {} GB). Save real credentials under Settings to sync from Amazon.", DEFAULT_ORG,
                SandboxAccounts.PROFILE_GB);
    }
}
