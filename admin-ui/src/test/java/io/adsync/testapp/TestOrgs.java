package io.adsync.testapp;

import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Organizations made for one test, so it starts from an org with nothing saved. */
public final class TestOrgs {

    private TestOrgs() {
    }

    public static long create(JdbcClient jdbc) {
        return jdbc.sql("insert into organizations (name) values ('test org') returning id")
                .query(Long.class)
                .single();
    }

    /** Gives the org one enabled, discovered profile in {@code zone}, as a discovery would have stored it. */
    public static void addProfile(JdbcClient jdbc, long orgId, long profileId, ZoneId zone) {
        addProfile(jdbc, orgId, profileId, zone, "GB", "GBP");
    }

    /** As {@link #addProfile(JdbcClient, long, long, ZoneId)}, in another marketplace and currency. */
    public static void addProfile(JdbcClient jdbc, long orgId, long profileId, ZoneId zone, String countryCode,
                                  String currencyCode) {
        jdbc.sql("insert into ads_profiles (org_id, profile_id, region, country_code, currency_code, timezone, "
                        + "account_name, account_type, enabled, discovered_at) "
                        + "values (?, ?, 'SANDBOX', ?, ?, ?, 'Test shop', 'seller', true, now())")
                .params(orgId, profileId, countryCode, currencyCode, zone.getId())
                .update();
    }
}
