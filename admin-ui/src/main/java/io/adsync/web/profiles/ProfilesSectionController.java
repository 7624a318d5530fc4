package io.adsync.web.profiles;

import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.jobs.synclog.PlainWords;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.profiles.ProfileDiscovery;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Settings page's "Advertising profiles": discover the connection's profiles (in its region and
 * the others ticked), and choose which ones the jobs sync and with which report types.
 */
@ConsoleController
public class ProfilesSectionController {

    private final ProfilesSection section;
    private final ProfileDiscovery discovery;
    private final ProfileSettings profileSettings;
    private final SettingsStore settings;

    public ProfilesSectionController(ProfilesSection section, ProfileDiscovery discovery,
                                     ProfileSettings profileSettings, SettingsStore settings) {
        this.section = section;
        this.discovery = discovery;
        this.profileSettings = profileSettings;
        this.settings = settings;
    }

    @HxRequest
    @PostMapping("/settings/profiles/discover")
    public String discover(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                           @RequestParam(name = "regions", required = false) List<AdsRegion> regions, Model model) {
        Flash flash;
        try {
            settings.amazonAds(org.id()).ifPresent(connection -> settings.saveAmazonAds(org.id(),
                    new AmazonAdsSettings(connection.clientId(), connection.clientSecret(), connection.refreshToken(),
                            connection.profileId(), connection.region(), regions == null ? List.of() : regions)));
            List<AdvertisingProfile> found = discovery.discover(org.id());
            long enabled = found.stream().filter(AdvertisingProfile::enabled).count();
            flash = Flash.ok("Found " + found.size() + (found.size() == 1 ? " profile" : " profiles") + "; "
                    + enabled + " synced. Tick the ones to sync.");
        } catch (RuntimeException e) {
            flash = Flash.error("Discovery failed: " + PlainWords.of(e));
        }
        section.show(org.id(), model, flash);
        return "settings :: profiles";
    }

    @HxRequest
    @PostMapping("/settings/profiles/{profileId}")
    public String change(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @PathVariable long profileId,
                         @RequestParam(defaultValue = "false") boolean enabled,
                         @RequestParam(name = "reportTypes", required = false) List<String> reportTypes, Model model) {
        Flash flash;
        try {
            AdvertisingProfile changed = profileSettings.change(org.id(), profileId, enabled,
                    reportTypes == null ? List.of() : reportTypes);
            flash = Flash.ok(changed.label() + (changed.enabled() ? " is synced from the next run on."
                    : " is no longer synced; its data stays."));
        } catch (BadRequestException e) {
            flash = Flash.error(e.getMessage());
        }
        section.show(org.id(), model, flash);
        return "settings :: profiles";
    }
}
