package io.adsync.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes rows of the report tables for one org, as the jobs (ads) and a later SP-API job (sales) would. */
public record AdRows(JdbcClient jdbc, long orgId) {

    public AdRows campaign(LocalDate date, long campaignId, String name, String cost, String sales14d, long clicks,
                           long impressions) {
        jdbc.sql("""
                        insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, campaign_name,
                            campaign_budget_currency_code, cost, sales_14d, clicks, impressions)
                        values (?, 366822873177837, ?, ?, ?, 'GBP', ?, ?, ?, ?)""")
                .params(orgId, date, campaignId, name, new BigDecimal(cost), new BigDecimal(sales14d), clicks,
                        impressions)
                .update();
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
