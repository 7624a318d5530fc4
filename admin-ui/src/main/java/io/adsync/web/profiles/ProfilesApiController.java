package io.adsync.web.profiles;

import io.adsync.profiles.AdsProfiles;
import io.adsync.profiles.ProfileDiscovery;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.OrgId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The org's advertising profiles: list, discover at Amazon, enable or disable one. */
@RestController
public class ProfilesApiController {

    private final AdsProfiles profiles;
    private final ProfileDiscovery discovery;
    private final ProfileSettings settings;

    public ProfilesApiController(AdsProfiles profiles, ProfileDiscovery discovery, ProfileSettings settings) {
        this.profiles = profiles;
        this.discovery = discovery;
        this.settings = settings;
    }

    @GetMapping("/api/profiles")
    public ProfileView.Profiles list(OrgId org) {
        return ProfileView.Profiles.of(profiles.all(org.value()));
    }

    /** Asks Amazon for the connection's profiles in each of its regions; new ones arrive disabled. */
    @PostMapping("/api/profiles/discover")
    public ProfileView.Profiles discover(OrgId org) {
        return ProfileView.Profiles.of(discovery.discover(org.value()));
    }

    @PostMapping("/api/profiles")
    public ProfileView.Profiles change(OrgId org, @RequestBody ProfileChange change) {
        if (change.profileId() == null || change.enabled() == null) {
            throw new BadRequestException("Send {\"profileId\": <id>, \"enabled\": true|false, \"reportTypes\": [..]}");
        }
        settings.change(org.value(), change.profileId(), change.enabled(), change.reportTypes());
        return ProfileView.Profiles.of(profiles.all(org.value()));
    }
}
