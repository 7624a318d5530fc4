package io.adsync.profiles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.adsync.ads.AdsProfile;
import io.adsync.ads.AdsRegion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code ads_profiles} table: every profile an organization's connection reaches. */
@Repository
public class AdsProfiles {

    private static final String COLUMNS = "org_id, profile_id, region, country_code, currency_code, timezone, "
            + "marketplace_id, account_name, account_type, enabled, report_types, missing_since, discovered_at";

    private final JdbcClient jdbc;

    public AdsProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled ones first, then by country and id, as pages list them. */
    public List<AdvertisingProfile> all(long orgId) {
        return jdbc.sql("select " + COLUMNS + " from ads_profiles where org_id = ? "
                        + "order by enabled desc, country_code nulls last, profile_id")
                .param(orgId)
                .query(AdsProfiles::map)
                .list();
    }

    /** The profiles the jobs sync, in a stable order. */
    public List<AdvertisingProfile> enabled(long orgId) {
        return all(orgId).stream().filter(AdvertisingProfile::enabled).toList();
    }

    public Optional<AdvertisingProfile> find(long orgId, long profileId) {
        return jdbc.sql("select " + COLUMNS + " from ads_profiles where org_id = ? and profile_id = ?")
                .params(orgId, profileId)
                .query(AdsProfiles::map)
                .optional();
    }

    /** @throws UnknownProfileException when the org has no such profile */
    public AdvertisingProfile get(long orgId, long profileId) {
        return find(orgId, profileId).orElseThrow(() -> new UnknownProfileException(orgId, profileId));
    }

    /** Orgs with at least one enabled profile: the ones the scheduled jobs run for. */
    public List<Long> orgsWithEnabledProfiles() {
        return jdbc.sql("select distinct org_id from ads_profiles where enabled order by org_id").query(Long.class).list();
    }

    /**
     * What one discovery in {@code region} found: listed profiles are added (disabled) or refreshed;
     * the region's profiles no longer listed are kept, disabled and marked missing. Profiles carried
     * over from version 1 (no region yet) take the region they are listed in.
     */
    @Transactional
    public void saveDiscovered(long orgId, AdsRegion region, List<AdsProfile> listed) {
        for (AdsProfile profile : listed) {
            jdbc.sql("""
                            insert into ads_profiles (org_id, profile_id, region, country_code, currency_code, timezone,
                                                      marketplace_id, account_name, account_type, discovered_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                            on conflict (org_id, profile_id) do update set
                                region = excluded.region, country_code = excluded.country_code,
                                currency_code = excluded.currency_code, timezone = excluded.timezone,
                                marketplace_id = excluded.marketplace_id, account_name = excluded.account_name,
                                account_type = excluded.account_type, missing_since = null,
                                enabled = ads_profiles.enabled and excluded.account_type is distinct from 'agency',
                                discovered_at = now(), updated_at = now()
                            """)
                    .params(orgId, profile.profileId(), region.name(), profile.countryCode(), profile.currencyCode(),
                            profile.timezone(), profile.marketplaceId(), profile.accountName(), profile.accountType())
                    .update();
        }
        Long[] listedIds = listed.stream().map(AdsProfile::profileId).toArray(Long[]::new);
        jdbc.sql("""
                        update ads_profiles set enabled = false, missing_since = coalesce(missing_since, now()),
                                                updated_at = now()
                        where org_id = ? and region = ? and not (profile_id = any (?))
                        """)
                .params(orgId, region.name(), listedIds)
                .update();
    }

    /**
     * Enables or disables a profile and sets the report types it syncs.
     *
     * @throws UnknownProfileException when the org has no such profile
     * @throws IllegalArgumentException when it is to be enabled but cannot be
     */
    public AdvertisingProfile update(long orgId, long profileId, boolean enabled, List<String> reportTypes) {
        AdvertisingProfile profile = get(orgId, profileId);
        String reason = profile.cannotBeEnabledBecause();
        if (enabled && reason != null) {
            throw new IllegalArgumentException("Profile " + profileId + " cannot be enabled: " + reason);
        }
        jdbc.sql("update ads_profiles set enabled = ?, report_types = ?, updated_at = now() "
                        + "where org_id = ? and profile_id = ?")
                .params(enabled, reportTypes.toArray(String[]::new), orgId, profileId)
                .update();
        return get(orgId, profileId);
    }

    /**
     * The profile a saved connection names (version 1's one profile): added enabled when the org does not
     * have it yet; one it has keeps its state (a user may have disabled it since).
     */
    public void addConnectionProfile(long orgId, long profileId, AdsRegion region) {
        jdbc.sql("""
                        insert into ads_profiles (org_id, profile_id, region, enabled) values (?, ?, ?, true)
                        on conflict (org_id, profile_id) do update
                            set region = coalesce(ads_profiles.region, excluded.region)
                        """)
                .params(orgId, profileId, region.name())
                .update();
    }

    private static AdvertisingProfile map(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        return new AdvertisingProfile(rs.getLong("org_id"), rs.getLong("profile_id"),
                region == null ? null : AdsRegion.valueOf(region), rs.getString("country_code"),
                rs.getString("currency_code"), rs.getString("timezone"), rs.getString("marketplace_id"),
                rs.getString("account_name"), rs.getString("account_type"), rs.getBoolean("enabled"),
                strings(rs.getArray("report_types")), instant(rs.getTimestamp("missing_since")),
                instant(rs.getTimestamp("discovered_at")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
