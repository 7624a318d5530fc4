package io.adsync.settings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The settings key straight from {@code adsync.encryption-key}, for contexts that run the jobs without
 * the admin application (batch tests). The admin application declares its own {@link EncryptionKey}
 * bean (generated key file in embedded mode, a clear refusal otherwise), and this one backs off.
 */
@AutoConfiguration
public class EncryptionKeyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EncryptionKey encryptionKey(@Value("${adsync.encryption-key:}") String key) {
        if (key.isBlank()) {
            throw new InvalidEncryptionKeyException("adsync.encryption-key (CONFIG_ENCRYPTION_KEY) is not set");
        }
        return EncryptionKey.parse(key);
    }
}
