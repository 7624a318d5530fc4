package io.adsync.web.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.adsync.ads.AdsRegion;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SecretMask;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code amazon_ads} section of {@code /api/settings} as the console sees it: secrets masked when
 * shown, and validated (masked secrets restored) when posted back. Strings throughout, because what
 * is posted is whatever a person typed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmazonAdsFields(String clientId, String clientSecret, String refreshToken, String profileId,
                              String region) {

    static final String SECTION = "amazon_ads";

    /** The fields by JSON key, with the labels the Settings page shows them under. */
    public static final Map<String, String> LABELS = FieldProblems.labels("client_id", "Client ID",
            "client_secret", "Client secret", "refresh_token", "Refresh token", "profile_id", "Profile ID",
            "region", "Region");

    public static AmazonAdsFields masked(AmazonAdsSettings settings) {
        return new AmazonAdsFields(settings.clientId(), SecretMask.mask(settings.clientSecret()),
                SecretMask.mask(settings.refreshToken()),
                settings.namesAProfile() ? Long.toString(settings.profileId()) : "",
                settings.region().name());
    }

    /** @throws InvalidFieldsException naming every invalid field */
    AmazonAdsSettings toSettings(Optional<AmazonAdsSettings> saved) {
        FieldProblems problems = new FieldProblems(SECTION, LABELS);
        String id = problems.required("client_id", clientId);
        String secret = problems.secret("client_secret", clientSecret,
                saved.map(AmazonAdsSettings::clientSecret).orElse(null));
        String token = problems.secret("refresh_token", refreshToken,
                saved.map(AmazonAdsSettings::refreshToken).orElse(null));
        Long profile = profileId(problems);
        AdsRegion adsRegion = region(problems);
        problems.throwIfAny();
        // the other regions discovered are ticked on the profiles list, not in this form: they stay
        return new AmazonAdsSettings(id, secret, token, profile, adsRegion,
                saved.map(AmazonAdsSettings::regions).orElse(List.of()));
    }

    /**
     * Optional: the profiles a connection reaches are listed by discovery, where each is ticked to
     * sync; a profile id given here is enabled as the connection is saved (as in version 1).
     *
     * @return the profile id, or {@link AmazonAdsSettings#NO_PROFILE} when none is given
     */
    private Long profileId(FieldProblems problems) {
        String text = profileId == null ? "" : profileId.strip();
        if (text.isEmpty()) {
            return AmazonAdsSettings.NO_PROFILE;
        }
        if (!text.matches("[0-9]{1,19}")) {
            problems.add("profile_id", "must be the numeric Amazon Ads profile id (e.g. 366822873177837), got '"
                    + text + "'");
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            problems.add("profile_id", "is too large to be an Amazon Ads profile id");
            return null;
        }
    }

    private AdsRegion region(FieldProblems problems) {
        String text = problems.required("region", region);
        if (text == null) {
            return null;
        }
        try {
            return AdsRegion.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add("region", "must be one of " + Arrays.stream(AdsRegion.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", got '" + text + "'");
            return null;
        }
    }

    @Override
    public String toString() {
        return "AmazonAdsFields[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", profileId=" + profileId
                + ", region=" + region + "]";
    }
}
