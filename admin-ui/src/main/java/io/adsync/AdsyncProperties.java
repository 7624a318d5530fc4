package io.adsync;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application-wide settings ({@code adsync.*}); the parts with their own prefix (database, admin,
 * sandbox, amazon, jobs) have their own properties records.
 *
 * @param dataDir       where the embedded PostgreSQL and the generated encryption key live ({@code APP_DATA_DIR})
 * @param encryptionKey the settings key ({@code CONFIG_ENCRYPTION_KEY}), base64 or 64 hex characters
 * @param cronSecret    bearer token of the cron and backfill routes ({@code CRON_SECRET}); blank locks them
 */
@ConfigurationProperties("adsync")
public record AdsyncProperties(@DefaultValue("./data") Path dataDir, String encryptionKey, String cronSecret) {

    public boolean hasEncryptionKey() {
        return encryptionKey != null && !encryptionKey.isBlank();
    }

    public boolean hasCronSecret() {
        return cronSecret != null && !cronSecret.isBlank();
    }
}
