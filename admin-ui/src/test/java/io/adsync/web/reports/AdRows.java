package io.adsync.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes rows of the report tables for one org, as the jobs (ads of one profile, with the coverage a
 * completed load records) and a later SP-API job (sales, which name no profile) would.
 */
public record AdRows(JdbcClient jdbc, long orgId, long profileId) {

    public static final long PROFILE = 366822873177837L;

    public AdRows(JdbcClient jdbc, long orgId) {
        this(jdbc, orgId, PROFILE);
    }

    /** The same org's rows of another profile. */
    public AdRows ofProfile(long otherProfileId) {
        return new AdRows(jdbc, orgId, otherProfileId);
    }

    /** The day as a completed report without any row leaves it: loaded, no ad activity. */
    public AdRows loadedWithoutActivity(LocalDate date) {
        return covered(date, 0);
    }

    public AdRows campaign(LocalDate date, long campaignId, String name, String cost, String sales14d, long clicks,
                           long impressions) {
        jdbc.sql("""
                        insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, campaign_name,
                            campaign_budget_currency_code, cost, sales_14d, clicks, impressions)
                        values (?, ?, ?, ?, ?, 'GBP', ?, ?, ?, ?)""")
                .params(orgId, profileId, date, campaignId, name, new BigDecimal(cost), new BigDecimal(sales14d), clicks,
                        impressions)
                .update();
        return covered(date, 1);
    }

    private AdRows covered(LocalDate date, int rows) {
        jdbc.sql("""
                        insert into report_coverage (org_id, profile_id, report_type, date, report_id, rows, age_days)
                        values (?, ?, 'spCampaigns', ?, 'test-report', ?, 1)
                        on conflict (org_id, profile_id, report_type, date)
                            do update set rows = report_coverage.rows + excluded.rows""")
                .params(orgId, profileId, date, rows).update();
        return this;
    }

    public AdRows sales(LocalDate date, String sku, String revenue, long units, long sessions) {
        jdbc.sql("insert into amazon_sales_traffic (org_id, date, sku, revenue, units, sessions) values (?, ?, ?, ?, ?, ?)")
                .params(orgId, date, sku, new BigDecimal(revenue), units, sessions)
                .update();
        return this;
    }

    public AdRows product(String sku, String fbaFee, String referralPercent) {
        jdbc.sql("insert into products (org_id, sku, fba_fee, referral_percent) values (?, ?, ?, ?)")
                .params(orgId, sku, new BigDecimal(fbaFee), new BigDecimal(referralPercent))
                .update();
        return this;
    }
}
