package io.adsync.web.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    Map<LocalDate, AdsDay> adsByDate(long orgId, ReportPeriod period) {
        return jdbc.sql("""
                        select date, coalesce(sum(cost), 0) as spend, coalesce(sum(sales_14d), 0) as sales
                        from amazon_sp_ads
                        where org_id = ? and date between ? and ?
                        group by date""")
                .params(orgId, period.from(), period.to())
                .query((rs, n) -> Map.entry(rs.getObject("date", LocalDate.class),
                        new AdsDay(rs.getBigDecimal("spend"), rs.getBigDecimal("sales"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Fees from each SKU's product row (one per org and SKU, so this join cannot inflate). */
    Map<LocalDate, SalesDay> salesByDate(long orgId, ReportPeriod period) {
        return jdbc.sql("""
                        select t.date,
                               coalesce(sum(t.revenue), 0) as revenue,
                               coalesce(sum(t.units), 0) as units,
                               coalesce(sum(t.sessions), 0) as sessions,
                               coalesce(sum(t.units * p.fba_fee), 0) as fba_fees,
                               coalesce(sum(t.revenue * p.referral_percent / 100), 0) as referral_fees
                        from amazon_sales_traffic t
                        left join products p on p.org_id = t.org_id and p.sku = t.sku
                        where t.org_id = ? and t.date between ? and ?
                        group by t.date""")
                .params(orgId, period.from(), period.to())
                .query((rs, n) -> Map.entry(rs.getObject("date", LocalDate.class), new SalesDay(
                        rs.getBigDecimal("revenue"), rs.getLong("units"), rs.getLong("sessions"),
                        rs.getBigDecimal("fba_fees"), rs.getBigDecimal("referral_fees"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Each campaign's sums; its name as of the latest day (campaigns get renamed). */
    List<CampaignFigures> campaigns(long orgId, ReportPeriod period) {
        return jdbc.sql("""
                        select campaign_id,
                               (array_agg(campaign_name order by date desc))[1] as campaign_name,
                               coalesce(sum(cost), 0) as spend,
                               coalesce(sum(sales_14d), 0) as sales,
                               coalesce(sum(clicks), 0) as clicks,
                               coalesce(sum(impressions), 0) as impressions
                        from amazon_sp_ads
                        where org_id = ? and date between ? and ?
                        group by campaign_id""")
                .params(orgId, period.from(), period.to())
                .query((rs, n) -> new CampaignFigures(rs.getLong("campaign_id"), rs.getString("campaign_name"),
                        rs.getBigDecimal("spend"), rs.getBigDecimal("sales"), rs.getLong("clicks"),
                        rs.getLong("impressions")))
                .list();
    }

    /** The currency the org's campaigns are budgeted in, as the latest row says; empty before the first load. */
    Optional<String> currency(long orgId) {
        return jdbc.sql("""
                        select campaign_budget_currency_code from amazon_sp_ads
                        where org_id = ? and campaign_budget_currency_code is not null
                        order by date desc limit 1""")
                .param(orgId)
                .query(String.class)
                .optional();
    }
}
