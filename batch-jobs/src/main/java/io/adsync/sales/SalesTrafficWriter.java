package io.adsync.sales;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.adsync.jobs.load.CopyTextEncoder;
import io.adsync.sales.SalesItem.DaySales;
import io.adsync.sales.SalesItem.SkuSales;
import org.postgresql.PGConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts a chunk of a day's document: SKU entries into {@code amazon_sales_traffic} on
 * {@code (org_id, marketplace_id, date, sku)}, the day totals into {@code amazon_sales_traffic_daily}, and the
 * report's {@code rows_loaded}, all in the step's transaction, so rows and the reader's position commit together
 * and re-applying a chunk after a restart is harmless. SKU rows go in as the ads' do, COPYed into a staging table
 * and merged with one statement; the day's one totals row is a plain upsert.
 */
public class SalesTrafficWriter implements ItemWriter<SalesItem> {

    private static final String SKU_COLUMNS = "org_id, marketplace_id, date, sku, asin, parent_asin, revenue, "
            + "currency_code, units, total_order_items, sessions, page_views, buy_box_percentage, "
            + "unit_session_percentage, extra";
    /** Session-local, emptied by every commit: concurrent loads never see each other's rows. */
    private static final String CREATE_STAGING = "create temp table if not exists amazon_sales_traffic_staging "
            + "(org_id bigint, marketplace_id text, date date, sku text, asin text, parent_asin text, revenue numeric, "
            + "currency_code text, units bigint, total_order_items bigint, sessions bigint, page_views bigint, "
            + "buy_box_percentage numeric, unit_session_percentage numeric, extra jsonb) on commit delete rows";
    private static final String COPY_SKUS = "copy amazon_sales_traffic_staging (" + SKU_COLUMNS + ") from stdin";
    private static final String MERGE_SKUS = """
            insert into amazon_sales_traffic (%s, updated_at)
            select %<s, clock_timestamp() from amazon_sales_traffic_staging
            on conflict (org_id, marketplace_id, date, sku) do update set
                asin = excluded.asin, parent_asin = excluded.parent_asin, revenue = excluded.revenue,
                currency_code = excluded.currency_code, units = excluded.units,
                total_order_items = excluded.total_order_items, sessions = excluded.sessions,
                page_views = excluded.page_views, buy_box_percentage = excluded.buy_box_percentage,
                unit_session_percentage = excluded.unit_session_percentage, extra = excluded.extra,
                updated_at = clock_timestamp()""".formatted(SKU_COLUMNS);
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

    /**
     * The SKU rows as the ads are stored: one COPY of the chunk into a session-local staging table, then
     * one {@code INSERT ... SELECT ... ON CONFLICT} merge, on the step's transactional connection.
     */
    private void copyAndMerge(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 200);
        CopyTextEncoder encoder = new CopyTextEncoder(text);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                encoder.field(row[i], i == 0);
            }
            encoder.endRow();
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_STAGING);
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SKUS, new StringReader(text.toString()));
                statement.executeUpdate(MERGE_SKUS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
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
            copyAndMerge(skus);
        }
        if (!days.isEmpty()) {
            jdbc.batchUpdate(UPSERT_DAY, days);
        }
        // the SKU rows stored: what the report's, the step's and the sync log's counts agree on
        pendingReports.addRowsLoaded(report.id(), skus.size());
    }
}
