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
        jdbc.sql("insert into ads_profiles (org_id, profile_id, region, country_code, currency_code, timezone, "
                        + "account_name, account_type, enabled, discovered_at) "
                        + "values (?, ?, 'SANDBOX', 'GB', 'GBP', ?, 'Test shop', 'seller', true, now())")
                .params(orgId, profileId, zone.getId())
                .update();
    }
}
