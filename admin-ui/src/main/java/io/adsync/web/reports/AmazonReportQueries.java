package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportColumn;
import io.adsync.web.reports.DailyFigures.AdsDay;
import io.adsync.web.reports.DailyFigures.SalesDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sums behind the reports page. Ads and sales are aggregated in separate queries and merged by
 * date in {@link AmazonReports}: joining {@code amazon_sp_ads} (one row per campaign) to
 * {@code amazon_sales_traffic} (one row per SKU) would multiply each side by the other's row count.
 */
@Repository
public class AmazonReportQueries {

    private final JdbcClient jdbc;

    public AmazonReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ad sums per currency and date. A profile's currency is the one its {@code ads_profiles} row
     * names; a profile not discovered yet has none there, and its rows say the currency their campaigns
     * are budgeted in. Joining {@code ads_profiles} cannot inflate: it has one row per org and profile.
     *
     * @param profileIds null for every row of the org
     */
    /**
     * The rows of every ad product's campaign report as one relation, each campaign once: spend is the
     * type's cost, sales its 14-day attributed sales (SB and SD call them {@code sales}).
     */
    private static final String CAMPAIGN_ROWS = ReportCatalog.campaignReports().stream()
            .map(type -> "select '" + type.adProduct() + "' as ad_product, org_id, profile_id, date, campaign_id, "
                    + "campaign_name, campaign_budget_currency_code, clicks, impressions, "
                    + ReportColumn.snakeCase(type.spend()) + " as spend, "
                    + ReportColumn.snakeCase(type.revenue()) + " as sales from " + type.table())
            .collect(Collectors.joining(" union all "));

    Map<String, Map<LocalDate, AdsDay>> adsByCurrencyAndDate(long orgId, Long[] profileIds, ReportPeriod period) {
        Map<String, Map<LocalDate, AdsDay>> byCurrency = new HashMap<>(); // a currency may be unknown: a null key
        jdbc.sql("""
                        select coalesce(p.currency_code, a.campaign_budget_currency_code) as currency, a.date,
                               coalesce(sum(a.spend), 0) as spend, coalesce(sum(a.sales), 0) as sales
                        from (%s) a
                        left join ads_profiles p on p.org_id = a.org_id and p.profile_id = a.profile_id
                        where a.org_id = ? and (cast(? as bigint[]) is null or a.profile_id = any (?))
                          and a.date between ? and ?
                        group by 1, a.date""".formatted(CAMPAIGN_ROWS))
                .params(orgId, profileIds, profileIds, period.from(), period.to())
                .query(rs -> {
                    byCurrency.computeIfAbsent(rs.getString("currency"), currency -> new HashMap<>())
                            .put(rs.getObject("date", LocalDate.class),
                                    new AdsDay(rs.getBigDecimal("spend"), rs.getBigDecimal("sales")));
                });
        return byCurrency;
    }

    /** The ad spend and ad revenue of each ad product and currency over the period. */
    List<AdProductTotals> adsByAdProduct(long orgId, Long[] profileIds, ReportPeriod period) {
        return jdbc.sql("""
                        select a.ad_product, coalesce(p.currency_code, a.campaign_budget_currency_code) as currency,
                               coalesce(sum(a.spend), 0) as spend, coalesce(sum(a.sales), 0) as sales
                        from (%s) a
                        left join ads_profiles p on p.org_id = a.org_id and p.profile_id = a.profile_id
                        where a.org_id = ? and (cast(? as bigint[]) is null or a.profile_id = any (?))
                          and a.date between ? and ?
                        group by 1, 2 order by 1, 2""".formatted(CAMPAIGN_ROWS))
                .params(orgId, profileIds, profileIds, period.from(), period.to())
                .query((rs, n) -> new AdProductTotals(rs.getString("ad_product"), rs.getString("currency"),
                        rs.getBigDecimal("spend"), rs.getBigDecimal("sales"),
                        DailyFigures.ratio(rs.getBigDecimal("sales"), rs.getBigDecimal("spend"))))
                .list();
    }

    /** Fees from each SKU's product row (one per org and SKU, so this join cannot inflate). */
    /** @param marketplaceIds the marketplaces whose sales count; null for all of the org's */
    Map<LocalDate, SalesDay> salesByDate(long orgId, String[] marketplaceIds, ReportPeriod period) {
        // a day the sales job loaded without any sale (Amazon: CANCELLED, no data) is loaded, with zeros
        return jdbc.sql("""
                        select d.date,
                               coalesce(sum(t.revenue), 0) as revenue,
                               coalesce(sum(t.units), 0) as units,
                               coalesce(sum(t.sessions), 0) as sessions,
                               coalesce(sum(t.units * p.fba_fee), 0) as fba_fees,
                               coalesce(sum(t.revenue * p.referral_percent / 100), 0) as referral_fees
                        from (select date from sales_coverage where org_id = :org and date between :from and :to
                                and (cast(:marketplaces as text[]) is null or marketplace_id = any (:marketplaces))
                              union
                              select date from amazon_sales_traffic where org_id = :org and date between :from and :to
                                and (cast(:marketplaces as text[]) is null or marketplace_id = any (:marketplaces))) d
                        left join amazon_sales_traffic t on t.org_id = :org and t.date = d.date
                             and (cast(:marketplaces as text[]) is null or t.marketplace_id = any (:marketplaces))
                        left join products p on p.org_id = t.org_id and p.sku = t.sku
                        group by d.date""")
                .param("org", orgId).param("from", period.from()).param("to", period.to())
                .param("marketplaces", marketplaceIds)
                .query((rs, n) -> Map.entry(rs.getObject("date", LocalDate.class), new SalesDay(
                        rs.getBigDecimal("revenue"), rs.getLong("units"), rs.getLong("sessions"),
                        rs.getBigDecimal("fba_fees"), rs.getBigDecimal("referral_fees"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Each SKU's sales over the period, the most revenue first, with the spend of its product ads
     * (aggregated apart and joined by SKU: one row per SKU on each side, so nothing is counted twice).
     */
    List<SkuFigures> skus(long orgId, String[] marketplaceIds, ReportPeriod period, int limit) {
        return jdbc.sql("""
                        select s.sku, s.asin, s.revenue, s.units, s.sessions, ad.spend
                        from (select sku, max(asin) as asin, coalesce(sum(revenue), 0) as revenue,
                                     coalesce(sum(units), 0) as units, coalesce(sum(sessions), 0) as sessions
                              from amazon_sales_traffic where org_id = ? and date between ? and ?
                                and (cast(? as text[]) is null or marketplace_id = any (?))
                              group by sku) s
                        left join (select advertised_sku, sum(cost) as spend from amazon_sp_advertised_products
                                   where org_id = ? and date between ? and ? group by advertised_sku) ad
                               on ad.advertised_sku = s.sku
                        order by s.revenue desc, s.sku limit ?""")
                .params(orgId, period.from(), period.to(), marketplaceIds, marketplaceIds, orgId, period.from(),
                        period.to(), limit)
                .query((rs, n) -> new SkuFigures(rs.getString("sku"), rs.getString("asin"), rs.getBigDecimal("revenue"),
                        rs.getLong("units"), rs.getLong("sessions"), rs.getBigDecimal("spend")))
                .list();
    }

    /**
     * Each campaign's sums, of every ad product, per profile (campaign ids are a profile's), in the
     * profile's currency (as {@link #adsByCurrencyAndDate} finds it); its name as of the latest day
     * (campaigns get renamed).
     */
    List<CampaignFigures> campaigns(long orgId, Long[] profileIds, ReportPeriod period) {
        return jdbc.sql("""
                        select a.ad_product, a.profile_id, a.campaign_id,
                               coalesce(min(p.currency_code),
                                        (array_agg(a.campaign_budget_currency_code order by a.date desc))[1]) as currency,
                               (array_agg(a.campaign_name order by a.date desc))[1] as campaign_name,
                               coalesce(sum(a.spend), 0) as spend,
                               coalesce(sum(a.sales), 0) as sales,
                               coalesce(sum(a.clicks), 0) as clicks,
                               coalesce(sum(a.impressions), 0) as impressions
                        from (%s) a
                        left join ads_profiles p on p.org_id = a.org_id and p.profile_id = a.profile_id
                        where a.org_id = ? and (cast(? as bigint[]) is null or a.profile_id = any (?))
                          and a.date between ? and ?
                        group by a.ad_product, a.profile_id, a.campaign_id""".formatted(CAMPAIGN_ROWS))
                .params(orgId, profileIds, profileIds, period.from(), period.to())
                .query((rs, n) -> new CampaignFigures(rs.getString("ad_product"), rs.getLong("profile_id"),
                        rs.getString("currency"), rs.getLong("campaign_id"), rs.getString("campaign_name"),
                        rs.getBigDecimal("spend"), rs.getBigDecimal("sales"), rs.getLong("clicks"),
                        rs.getLong("impressions")))
                .list();
    }
}
