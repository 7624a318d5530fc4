package io.adsync.security;

import io.adsync.AdsyncProperties;
import io.adsync.database.DatabaseProperties;
import io.adsync.settings.EncryptionKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the settings key comes from: {@code CONFIG_ENCRYPTION_KEY}; else, with the embedded database,
 * a key file generated once into the data directory; else (external database) the application
 * refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class EncryptionKeyConfiguration {

    @Bean
    EncryptionKey encryptionKey(AdsyncProperties properties, DatabaseProperties database) {
        if (properties.hasEncryptionKey()) {
            return EncryptionKey.parse(properties.encryptionKey());
        }
        if (database.embedded()) {
            return EncryptionKeyFile.loadOrCreate(properties.dataDir());
        }
        throw new MissingEncryptionKeyException();
    }
}
