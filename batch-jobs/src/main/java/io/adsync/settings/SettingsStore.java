package io.adsync.settings;

import java.util.List;
import java.util.Optional;

import io.adsync.profiles.AdsProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-org settings objects in the {@code settings} table, each the AES-256-GCM encryption of its
 * JSON. Nothing in clear reaches the database.
 */
@Repository
public class SettingsStore {

    static final String AMAZON_ADS = "amazon_ads";
    static final String AMAZON_SP_API = "amazon";

    /*
     * Its own mapper, not the web layer's: the stored format must not change when someone tunes the
     * application's JSON settings.
     */
    private final JsonMapper json = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final SettingsCipher cipher;

    private final AdsProfiles profiles;

    public SettingsStore(JdbcClient jdbc, SettingsCipher cipher, AdsProfiles profiles) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.profiles = profiles;
    }

    public Optional<AmazonAdsSettings> amazonAds(long orgId) {
        return read(orgId, AMAZON_ADS, AmazonAdsSettings.class);
    }

    /** Saves the connection; the profile it names becomes one of the org's profiles, enabled if it is new. */
    @Transactional
    public void saveAmazonAds(long orgId, AmazonAdsSettings settings) {
        write(orgId, AMAZON_ADS, settings);
        if (settings.namesAProfile()) {
            profiles.addConnectionProfile(orgId, settings.profileId(), settings.region());
        }
    }

    public Optional<AmazonSpApiSettings> amazonSpApi(long orgId) {
        return read(orgId, AMAZON_SP_API, AmazonSpApiSettings.class);
    }

    public void saveAmazonSpApi(long orgId, AmazonSpApiSettings settings) {
        write(orgId, AMAZON_SP_API, settings);
    }

    /** Orgs that saved Amazon Ads credentials, i.e. the ones the scheduled jobs run for. */
    public List<Long> orgsWithAmazonAds() {
        return jdbc.sql("select org_id from settings where key = :key order by org_id")
                .param("key", AMAZON_ADS)
                .query(Long.class)
                .list();
    }

    /** Orgs that saved SP-API credentials: the ones the scheduled sales runs are for. */
    public List<Long> orgsWithAmazonSpApi() {
        return jdbc.sql("select org_id from settings where key = :key order by org_id")
                .param("key", AMAZON_SP_API)
                .query(Long.class)
                .list();
    }

    private <T> Optional<T> read(long orgId, String key, Class<T> type) {
        return jdbc.sql("select value from settings where org_id = :orgId and key = :key")
                .param("orgId", orgId)
                .param("key", key)
                .query(String.class)
                .optional()
                .map(cipher::decrypt)
                .map(plaintext -> json.readValue(plaintext, type));
    }

    private void write(long orgId, String key, Object settings) {
        jdbc.sql("""
                        insert into settings (org_id, key, value, updated_at) values (:orgId, :key, :value, now())
                        on conflict (org_id, key) do update set value = excluded.value, updated_at = now()
                        """)
                .param("orgId", orgId)
                .param("key", key)
                .param("value", cipher.encrypt(json.writeValueAsString(settings)))
                .update();
    }
}
