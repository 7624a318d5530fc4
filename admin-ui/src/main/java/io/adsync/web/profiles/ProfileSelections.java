package io.adsync.web.profiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.adsync.profiles.AdsProfiles;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.web.api.BadRequestException;
import org.springframework.stereotype.Component;

/** Reads the {@code profileId} parameter (none, one, or comma-separated several) against the org's profiles. */
@Component
public class ProfileSelections {

    private final AdsProfiles profiles;

    public ProfileSelections(AdsProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * @param profileIds the parameter as sent; null or blank for all profiles
     * @throws BadRequestException when a value is no number or no profile of the org
     */
    public ProfileSelection select(long orgId, String profileIds) {
        List<AdvertisingProfile> available = profiles.all(orgId);
        if (profileIds == null || profileIds.isBlank()) {
            return new ProfileSelection(available, available, true);
        }
        Set<AdvertisingProfile> selected = new LinkedHashSet<>();
        for (String value : profileIds.split(",")) {
            long profileId = number(value.strip());
            selected.add(available.stream().filter(profile -> profile.profileId() == profileId).findFirst()
                    .orElseThrow(() -> new BadRequestException("Profile " + profileId
                            + " is not a profile of organization " + orgId)));
        }
        // every profile named is the same as all of them, and reads like it (sales, which no profile owns, count)
        boolean whole = selected.containsAll(available);
        return new ProfileSelection(available, whole ? available : new ArrayList<>(selected), whole);
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException("profileId must be a profile id or several separated by commas, got '"
                    + value + "'");
        }
    }
}
