package io.adsync.sales;

import java.util.ArrayList;
import java.util.List;

import io.adsync.sales.SalesItem.DaySales;
import io.adsync.sales.SalesItem.SkuSales;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts a chunk of a day's document: SKU entries into {@code amazon_sales_traffic} on
 * {@code (org_id, marketplace_id, date, sku)}, the day totals into {@code amazon_sales_traffic_daily}, and the
 * report's {@code rows_loaded}, all in the step's transaction, so rows and the reader's position commit together
 * and re-applying a chunk after a restart is harmless. One JDBC batch per table and chunk: a day's document holds
 * at most a few thousand SKUs, where a batch is as quick as staging them.
 */
public class SalesTrafficWriter implements ItemWriter<SalesItem> {

    private static final String UPSERT_SKU = """
            insert into amazon_sales_traffic (org_id, marketplace_id, date, sku, asin, parent_asin, revenue,
                                              currency_code, units, total_order_items, sessions, page_views,
                                              buy_box_percentage, unit_session_percentage, extra, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, clock_timestamp())
            on conflict (org_id, marketplace_id, date, sku) do update set
                asin = excluded.asin, parent_asin = excluded.parent_asin, revenue = excluded.revenue,
                currency_code = excluded.currency_code, units = excluded.units,
                total_order_items = excluded.total_order_items, sessions = excluded.sessions,
                page_views = excluded.page_views, buy_box_percentage = excluded.buy_box_percentage,
                unit_session_percentage = excluded.unit_session_percentage, extra = excluded.extra,
                updated_at = clock_timestamp()""";
    private static final String UPSERT_DAY = """
            insert into amazon_sales_traffic_daily (org_id, marketplace_id, date, revenue, currency_code, units,
                                                    total_order_items, sessions, page_views,
                                                    unit_session_percentage, extra, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, clock_timestamp())
            on conflict (org_id, marketplace_id, date) do update set
                revenue = excluded.revenue, currency_code = excluded.currency_code, units = excluded.units,
                total_order_items = excluded.total_order_items, sessions = excluded.sessions,
                page_views = excluded.page_views, unit_session_percentage = excluded.unit_session_percentage,
                extra = excluded.extra, updated_at = clock_timestamp()""";

    private final JdbcTemplate jdbc;
    private final SalesPendingReports pendingReports;
    private final SalesPendingReport report;

    public SalesTrafficWriter(JdbcTemplate jdbc, SalesPendingReports pendingReports, SalesPendingReport report) {
        this.jdbc = jdbc;
        this.pendingReports = pendingReports;
        this.report = report;
    }

    @Override
    public void write(Chunk<? extends SalesItem> chunk) {
        List<Object[]> skus = new ArrayList<>();
        List<Object[]> days = new ArrayList<>();
        for (SalesItem item : chunk) {
            if (item instanceof SkuSales sku) {
                skus.add(new Object[] {report.orgId(), report.marketplaceId(), report.date(),
                        sku.sku(), sku.asin(), sku.parentAsin(), sku.revenue(), sku.currencyCode(), sku.units(),
                        sku.totalOrderItems(), sku.sessions(), sku.pageViews(), sku.buyBoxPercentage(),
                        sku.unitSessionPercentage(), sku.extra()});
            } else if (item instanceof DaySales day) {
                days.add(new Object[] {report.orgId(), report.marketplaceId(), report.date(),
                        day.revenue(), day.currencyCode(), day.units(), day.totalOrderItems(), day.sessions(),
                        day.pageViews(), day.unitSessionPercentage(), day.extra()});
            }
        }
        if (!skus.isEmpty()) {
            jdbc.batchUpdate(UPSERT_SKU, skus);
        }
        if (!days.isEmpty()) {
            jdbc.batchUpdate(UPSERT_DAY, days);
        }
        // the SKU rows stored: what the report's, the step's and the sync log's counts agree on
        pendingReports.addRowsLoaded(report.id(), skus.size());
    }
}
