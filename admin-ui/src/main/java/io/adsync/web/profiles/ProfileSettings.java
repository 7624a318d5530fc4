package io.adsync.web.profiles;

import java.util.List;

import io.adsync.profiles.AdsProfiles;
import io.adsync.profiles.AdvertisingProfile;
import io.adsync.report.ReportCatalog;
import io.adsync.web.api.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The rules of changing a profile, shared by the API and the console: a known report type, a
 * profile that can be enabled. Report types default to the ones it has.
 */
@Component
public class ProfileSettings {

    /** The report types a profile can sync. */
    public static final List<String> REPORT_TYPES = ReportCatalog.reportTypeIds();

    private final AdsProfiles profiles;

    public ProfileSettings(AdsProfiles profiles) {
        this.profiles = profiles;
    }

    /** @throws BadRequestException for an unknown profile or report type, or a profile that cannot be enabled */
    public AdvertisingProfile change(long orgId, long profileId, boolean enabled, List<String> reportTypes) {
        AdvertisingProfile profile = profiles.find(orgId, profileId).orElseThrow(() -> new BadRequestException(
                "Organization " + orgId + " has no advertising profile " + profileId
                        + " (discover the connection's profiles first)"));
        List<String> types = reportTypes == null ? profile.reportTypes() : reportTypes;
        List<String> unknown = types.stream().filter(type -> !REPORT_TYPES.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("Unknown report type " + String.join(", ", unknown) + ": known are "
                    + String.join(", ", REPORT_TYPES));
        }
        if (enabled && types.isEmpty()) {
            throw new BadRequestException("An enabled profile needs at least one report type");
        }
        try {
            return profiles.update(orgId, profileId, enabled, types);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
