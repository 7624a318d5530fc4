package io.adsync.web.profiles;

import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.profiles.AdsProfiles;
import io.adsync.report.ColumnExclusions;
import io.adsync.sandbox.SandboxMode;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.web.console.Flash;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the Settings page's "Advertising profiles" section shows: the org's profiles, the regions
 * looked in, and the report columns Amazon no longer accepts.
 */
@Component
public class ProfilesSection {

    private final AdsProfiles profiles;
    private final SettingsStore settings;
    private final SandboxMode sandbox;
    private final ColumnExclusions exclusions;
    private final AdsAccounts accounts;

    public ProfilesSection(AdsProfiles profiles, SettingsStore settings, SandboxMode sandbox,
                           ColumnExclusions exclusions, AdsAccounts accounts) {
        this.profiles = profiles;
        this.settings = settings;
        this.sandbox = sandbox;
        this.exclusions = exclusions;
        this.accounts = accounts;
    }

    public void show(long orgId, Model model, Flash flash) {
        AmazonAdsSettings connection = settings.amazonAds(orgId).orElse(null);
        model.addAttribute("profiles", profiles.all(orgId).stream().map(ProfileView::of).toList());
        model.addAttribute("reportTypes", ProfileSettings.REPORT_TYPES);
        model.addAttribute("connected", connection != null);
        model.addAttribute("otherRegions", connection == null ? List.of() : sandbox.regions().stream()
                .filter(region -> region != connection.region() && region != AdsRegion.SANDBOX).toList());
        model.addAttribute("tickedRegions", connection == null ? List.of() : connection.regions());
        model.addAttribute("profilesFlash", flash);
        model.addAttribute("columnExclusions", exclusions.all());
        model.addAttribute("exclusionsZone", accounts.displayZone(orgId));
    }
}
