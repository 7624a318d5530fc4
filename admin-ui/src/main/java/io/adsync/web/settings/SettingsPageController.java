package io.adsync.web.settings;

import java.util.List;
import java.util.Map;

import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.SandboxMode;
import io.adsync.settings.SecretMask;
import io.adsync.settings.SettingsStore;
import io.adsync.web.api.OrgId;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import io.adsync.web.profiles.ProfilesSection;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Settings page, Amazon tab: "Amazon SP-API" and, below it, "Amazon Ads API". Saved values show
 * locked and masked; a locked secret posted back unchanged keeps the saved one (the rule of
 * {@code POST /api/settings}, whose validation this page shares). Each section saves on its own and
 * has its own "Test connection", which asks Amazon with the saved credentials. A section being
 * edited has a Cancel, which answers the section as saved; what is wrong with a save is said by the
 * fields' labels, beside each field.
 */
@ConsoleController
public class SettingsPageController {

    private final SettingsStore store;
    private final AmazonAdsConnectionController connection;
    private final SpApiConnectionCheck spApiCheck;
    private final SandboxMode sandbox;

    private final ProfilesSection profiles;

    public SettingsPageController(SettingsStore store, AmazonAdsConnectionController connection,
                                  SpApiConnectionCheck spApiCheck, SandboxMode sandbox, ProfilesSection profiles) {
        this.store = store;
        this.connection = connection;
        this.spApiCheck = spApiCheck;
        this.sandbox = sandbox;
        this.profiles = profiles;
    }

    @ModelAttribute("regions")
    public List<AdsRegion> regions() {
        return sandbox.regions();
    }

    @ModelAttribute("spApiLabels")
    public Map<String, String> spApiLabels() {
        return AmazonSpApiFields.LABELS;
    }

    @ModelAttribute("adsLabels")
    public Map<String, String> adsLabels() {
        return AmazonAdsFields.LABELS;
    }

    @GetMapping("/settings")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        showSavedSpApi(org, model, null);
        showSavedAds(org, model, null);
        profiles.show(org.id(), model, null);
        return "settings";
    }

    /** Cancel of an edit: the section as saved, locked again. */
    @GetMapping("/settings/amazon")
    public String savedSpApi(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        showSavedSpApi(org, model, null);
        return "settings :: sp-api";
    }

    @GetMapping("/settings/amazon-ads")
    public String savedAds(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        showSavedAds(org, model, null);
        return "settings :: ads";
    }

    @PostMapping("/settings/amazon")
    public String saveSpApi(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                            @RequestParam(name = "client_id", required = false) String clientId,
                            @RequestParam(name = "client_secret", required = false) String clientSecret,
                            @RequestParam(name = "refresh_token", required = false) String refreshToken,
                            @RequestParam(name = "marketplace_id", required = false) String marketplaceId,
                            Model model) {
        AmazonSpApiFields posted = new AmazonSpApiFields(clientId, clientSecret, refreshToken, marketplaceId);
        try {
            store.saveAmazonSpApi(org.id(), posted.toSettings(store.amazonSpApi(org.id())));
        } catch (InvalidFieldsException invalid) {
            model.addAttribute("spApi", new AmazonSpApiFields(clientId, maskedOrBlank(clientSecret),
                    maskedOrBlank(refreshToken), marketplaceId));
            model.addAttribute("spApiLocked", false);
            model.addAttribute("spApiEditing", store.amazonSpApi(org.id()).isPresent());
            model.addAttribute("spApiErrors", invalid.byField());
            model.addAttribute("spApiFlash", Flash.error("Not saved: " + invalid.byLabel() + "."));
            return "settings :: sp-api";
        }
        showSavedSpApi(org, model, Flash.ok("Saved. Secrets are stored encrypted and shown masked."));
        return "settings :: sp-api";
    }

    @PostMapping("/settings/amazon-ads")
    public String saveAds(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                          @RequestParam(name = "client_id", required = false) String clientId,
                          @RequestParam(name = "client_secret", required = false) String clientSecret,
                          @RequestParam(name = "refresh_token", required = false) String refreshToken,
                          @RequestParam(name = "profile_id", required = false) String profileId,
                          @RequestParam(name = "region", required = false) String region,
                          Model model) {
        AmazonAdsFields posted = new AmazonAdsFields(clientId, clientSecret, refreshToken, profileId, region);
        try {
            store.saveAmazonAds(org.id(), posted.toSettings(store.amazonAds(org.id())));
        } catch (InvalidFieldsException invalid) {
            model.addAttribute("ads", new AmazonAdsFields(clientId, maskedOrBlank(clientSecret),
                    maskedOrBlank(refreshToken), profileId, region));
            model.addAttribute("adsLocked", false);
            model.addAttribute("adsEditing", store.amazonAds(org.id()).isPresent());
            model.addAttribute("adsErrors", invalid.byField());
            model.addAttribute("adsFlash", Flash.error("Not saved: " + invalid.byLabel() + "."));
            return "settings :: ads";
        }
        showSavedAds(org, model, Flash.ok("Saved. Press Test connection to check them with Amazon."));
        return "settings :: ads";
    }

    @PostMapping("/settings/amazon/test")
    public String testSpApi(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        model.addAttribute("spApiTest", store.amazonSpApi(org.id()).map(spApiCheck::check)
                .orElse(SpApiConnectionResult.failed("No SP-API credentials are saved for this organization: "
                        + "enter them above and save first")));
        return "settings :: sp-api-test";
    }

    @PostMapping("/settings/amazon-ads/test")
    public String testAds(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        model.addAttribute("test", connection.test(new OrgId(org.id())));
        return "settings :: ads-test";
    }

    private void showSavedSpApi(Organization org, Model model, Flash flash) {
        AmazonSpApiFields saved = store.amazonSpApi(org.id()).map(AmazonSpApiFields::masked).orElse(null);
        model.addAttribute("spApi", saved != null ? saved : new AmazonSpApiFields("", "", "", ""));
        model.addAttribute("spApiLocked", saved != null);
        model.addAttribute("spApiEditing", false);
        model.addAttribute("spApiErrors", Map.of());
        model.addAttribute("spApiFlash", flash);
    }

    private void showSavedAds(Organization org, Model model, Flash flash) {
        AmazonAdsFields saved = store.amazonAds(org.id()).map(AmazonAdsFields::masked).orElse(null);
        model.addAttribute("ads", saved != null ? saved : new AmazonAdsFields("", "", "", "", AdsRegion.NA.name()));
        model.addAttribute("adsLocked", saved != null);
        model.addAttribute("adsEditing", false);
        model.addAttribute("adsErrors", Map.of());
        model.addAttribute("adsFlash", flash);
    }

    /** A secret typed into a form that failed is not sent back to the browser; a mask may be, it keeps the saved one. */
    private static String maskedOrBlank(String secret) {
        return SecretMask.isMasked(secret) ? secret : "";
    }
}
