package io.adsync.web.products;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code products}: the fees of each SKU. Every SKU seen in {@code amazon_sales_traffic} is listed, with or
 * without a products row, so the page can name the SKUs whose fees are missing. (The Ads side reports campaigns,
 * not SKUs, so sales are where SKUs are seen.)
 */
@Repository
public class Products {

    private final JdbcClient jdbc;

    public Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Product> list(long orgId) {
        return jdbc.sql("""
                        select coalesce(t.sku, p.sku) as sku, coalesce(p.asin, t.asin) as asin, p.fba_fee,
                               p.referral_percent, t.last_sold
                        from (select sku, max(asin) as asin, max(last_sold) as last_sold
                              from (select sku, asin, date as last_sold from amazon_sales_traffic where org_id = :org
                                    union all
                                    -- advertised but perhaps never sold: its fees matter to the payout all the same
                                    select advertised_sku, advertised_asin, null from amazon_sp_advertised_products
                                    where org_id = :org and advertised_sku is not null) seen
                              group by sku) t
                        full join (select * from products where org_id = :org) p on p.sku = t.sku
                        order by 1""")
                .param("org", orgId)
                .query((rs, n) -> new Product(rs.getString("sku"), rs.getString("asin"), rs.getBigDecimal("fba_fee"),
                        rs.getBigDecimal("referral_percent"), rs.getObject("last_sold", LocalDate.class)))
                .list();
    }

    /** Saves the fees of every product given, all or none (a null fee clears it); a missing ASIN keeps the saved one. */
    @Transactional
    public int save(long orgId, List<ProductFees> products) {
        for (ProductFees product : products) {
            jdbc.sql("""
                            insert into products (org_id, sku, asin, fba_fee, referral_percent) values (?, ?, ?, ?, ?)
                            on conflict (org_id, sku) do update set asin = coalesce(excluded.asin, products.asin),
                                fba_fee = excluded.fba_fee, referral_percent = excluded.referral_percent""")
                    .params(orgId, product.sku().strip(), blankToNull(product.asin()), product.fbaFee(),
                            product.referralPercent())
                    .update();
        }
        return products.size();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
