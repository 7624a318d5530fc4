package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ColumnRegistry;
import io.adsync.report.ReportColumn;
import io.adsync.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The migrated {@code amazon_sp_ads} holds exactly the column registry, in its order and with its
 * types, between the keys and the bookkeeping columns: a column added to one and not the other
 * fails here, not in a night's load.
 */
class ReportTableTest {

    private final String url = FreshDatabase.create();
    private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url,
            FreshDatabase.USER, FreshDatabase.PASSWORD);

    @AfterEach
    void dropDatabase() {
        FreshDatabase.drop(url);
    }

    @Test
    void amazonSpAdsHasExactlyTheRegistryColumnsWithTheirTypes() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        List<String> table = JdbcClient.create(dataSource).sql("""
                        select column_name || ' ' || data_type from information_schema.columns
                        where table_schema = 'public' and table_name = ? order by ordinal_position""")
                .param(ColumnRegistry.TABLE).query(String.class).list();

        List<String> expected = new ArrayList<>(List.of("id bigint", "org_id bigint", "profile_id bigint"));
        for (ReportColumn column : ColumnRegistry.columns()) {
            // the registry's SQL types are information_schema's spelling of them
            expected.add(column.columnName() + " " + column.type().sqlType());
        }
        expected.addAll(List.of("acos_clicks_7d numeric", "acos_clicks_14d numeric", "roas_clicks_7d numeric",
                "roas_clicks_14d numeric", "extra jsonb", "created_at timestamp with time zone",
                "updated_at timestamp with time zone"));
        assertThat(table).containsExactlyElementsOf(expected);
    }
}
