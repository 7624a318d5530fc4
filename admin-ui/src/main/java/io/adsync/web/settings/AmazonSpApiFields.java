package io.adsync.web.settings;

import java.util.Map;
import java.util.Optional;

import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SecretMask;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code amazon} (Selling Partner API) section of {@code /api/settings}: secrets masked when shown,
 * validated (masked secrets restored) when posted back.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmazonSpApiFields(String clientId, String clientSecret, String refreshToken, String marketplaceId) {

    static final String SECTION = "amazon";

    /** The fields by JSON key, with the labels the Settings page shows them under. */
    public static final Map<String, String> LABELS = FieldProblems.labels("client_id", "Client ID",
            "client_secret", "Client secret", "refresh_token", "Refresh token", "marketplace_id", "Marketplace ID");

    public static AmazonSpApiFields masked(AmazonSpApiSettings settings) {
        return new AmazonSpApiFields(settings.clientId(), SecretMask.mask(settings.clientSecret()),
                SecretMask.mask(settings.refreshToken()), settings.marketplaceId());
    }

    /** @throws InvalidFieldsException naming every invalid field */
    AmazonSpApiSettings toSettings(Optional<AmazonSpApiSettings> saved) {
        FieldProblems problems = new FieldProblems(SECTION, LABELS);
        String id = problems.required("client_id", clientId);
        String secret = problems.secret("client_secret", clientSecret,
                saved.map(AmazonSpApiSettings::clientSecret).orElse(null));
        String token = problems.secret("refresh_token", refreshToken,
                saved.map(AmazonSpApiSettings::refreshToken).orElse(null));
        String marketplace = problems.required("marketplace_id", marketplaceId);
        problems.throwIfAny();
        // the region (SANDBOX for the built-in sandbox) belongs to the application the client id names
        String region = saved.filter(previous -> id.equals(previous.clientId()))
                .map(AmazonSpApiSettings::region).orElse(null);
        return new AmazonSpApiSettings(id, secret, token, marketplace, region);
    }

    @Override
    public String toString() {
        return "AmazonSpApiFields[clientId=" + clientId + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", refreshToken=" + SecretMask.mask(refreshToken) + ", marketplaceId=" + marketplaceId + "]";
    }
}
