package io.adsync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;

import io.adsync.ads.AdsRegion;
import io.adsync.profiles.AdsProfiles;
import io.adsync.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = SettingsStoreTest.StoreOnly.class,
        properties = "adsync.encryption-key=" + SettingsStoreTest.KEY)
@ContextConfiguration(initializers = FreshDatabase.class)
class SettingsStoreTest {

    static final String KEY = "q0/PVBsexHKMBtHGjN1sC2k8ahiJeSXz1wNB7Ky7yio=";

    private static final AmazonAdsSettings ADS = new AmazonAdsSettings("amzn1.application-oa2-client.abc",
            "client-secret-0123456789", "Atzr|refresh-token-abcdefghij", 366822873177837L, AdsRegion.EU);
    private static final AmazonSpApiSettings SP_API = new AmazonSpApiSettings("amzn1.application-oa2-client.sp",
            "sp-client-secret-9876543210", "Atzr|sp-refresh-token-zyxwvu", "A1F83G8C2ARO7P");

    @Autowired
    SettingsStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdsProfiles profiles;

    @Test
    void readsBackWhatWasSaved() {
        store.saveAmazonAds(1, ADS);
        store.saveAmazonSpApi(1, SP_API);

        assertThat(store.amazonAds(1)).contains(ADS);
        assertThat(store.amazonSpApi(1)).contains(SP_API);
    }

    @Test
    void anOrgWithoutSettingsHasNone() {
        long org = newOrg();

        assertThat(store.amazonAds(org)).isEmpty();
        assertThat(store.amazonSpApi(org)).isEmpty();
    }

    @Test
    void theTableHoldsCiphertextNotTheSecrets() {
        long org = newOrg();
        store.saveAmazonAds(org, ADS);

        String stored = storedValue(org, "amazon_ads");

        assertThat(stored).doesNotContain(ADS.clientSecret()).doesNotContain(ADS.refreshToken())
                .doesNotContain(ADS.clientId()).doesNotContain("client_secret");
    }

    @Test
    void theEncryptedJsonUsesSnakeCaseNames() {
        long org = newOrg();
        store.saveAmazonAds(org, ADS);

        String json = new SettingsCipher(EncryptionKey.parse(KEY)).decrypt(storedValue(org, "amazon_ads"));

        assertThat(json).contains("\"client_id\":\"amzn1.application-oa2-client.abc\"",
                "\"client_secret\":", "\"refresh_token\":", "\"profile_id\":366822873177837", "\"region\":\"EU\"");
    }

    @Test
    void savingTheSameSettingsAgainWritesANewCiphertextInTheSameRow() {
        long org = newOrg();
        store.saveAmazonAds(org, ADS);
        String first = storedValue(org, "amazon_ads");

        store.saveAmazonAds(org, ADS);
        String second = storedValue(org, "amazon_ads");

        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.sql("select count(*) from settings where org_id = ?").param(org).query(Long.class).single())
                .isEqualTo(1);
        assertThat(store.amazonAds(org)).contains(ADS);
    }

    @Test
    void settingsSavedUnderAnotherKeyFailWithAClearMessage() {
        long org = newOrg();
        SettingsStore otherKey = new SettingsStore(jdbc, new SettingsCipher(EncryptionKey.generate(new SecureRandom())), profiles);
        otherKey.saveAmazonAds(org, ADS);

        assertThatThrownBy(() -> store.amazonAds(org))
                .isInstanceOf(SettingsDecryptionException.class)
                .hasMessageContaining("CONFIG_ENCRYPTION_KEY differs from the key they were saved with");
    }

    @Test
    void listsTheOrgsThatSavedAmazonAdsCredentials() {
        long withAds = newOrg();
        long withSpApiOnly = newOrg();
        store.saveAmazonAds(withAds, ADS);
        store.saveAmazonSpApi(withSpApiOnly, SP_API);

        List<Long> orgs = store.orgsWithAmazonAds();

        assertThat(orgs).contains(withAds).doesNotContain(withSpApiOnly);
    }

    private long newOrg() {
        return jdbc.sql("insert into organizations (name) values ('test org') returning id").query(Long.class).single();
    }

    private String storedValue(long org, String key) {
        return jdbc.sql("select value from settings where org_id = ? and key = ?").params(org, key)
                .query(String.class).single();
    }

    /** The store and its cipher on Boot's DataSource, Flyway and JdbcClient; no jobs, no web. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({SettingsStore.class, SettingsCipher.class, AdsProfiles.class})
    static class StoreOnly {
    }
}
