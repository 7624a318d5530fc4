package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportColumn;
import io.adsync.report.ReportDefinition;
import io.adsync.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Each report type's migrated table holds exactly its definition's columns, in its order and with
 * its types, between the keys and the bookkeeping columns, and its unique key is the definition's:
 * a column added to one and not the other fails here, not in a night's load.
 */
class ReportTableTest {

    private static final String URL = FreshDatabase.create();
    private static final SimpleDriverDataSource DATA_SOURCE = new SimpleDriverDataSource(new org.postgresql.Driver(),
            URL, FreshDatabase.USER, FreshDatabase.PASSWORD);

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(DATA_SOURCE).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void dropDatabase() {
        FreshDatabase.drop(URL);
    }

    static List<ReportDefinition> reportTypes() {
        return ReportCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportTypes")
    void theTableHasExactlyTheDefinitionsColumnsWithTheirTypes(ReportDefinition type) {
        List<String> table = JdbcClient.create(DATA_SOURCE).sql("""
                        select column_name || ' ' || data_type from information_schema.columns
                        where table_schema = 'public' and table_name = ? order by ordinal_position""")
                .param(type.table()).query(String.class).list();

        List<String> expected = new ArrayList<>(List.of("id bigint", "org_id bigint", "profile_id bigint"));
        for (ReportColumn column : type.columns()) {
            // the definition's SQL types are information_schema's spelling of them
            expected.add(column.columnName() + " " + column.type().sqlType());
        }
        type.generated().forEach(generated -> expected.add(generated + " numeric"));
        expected.addAll(List.of("extra jsonb", "created_at timestamp with time zone",
                "updated_at timestamp with time zone"));
        assertThat(table).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportTypes")
    void theUniqueKeyIsTheDefinitionsKey(ReportDefinition type) {
        List<String> key = JdbcClient.create(DATA_SOURCE).sql("""
                        select a.attname from pg_constraint c
                        join lateral unnest(c.conkey) with ordinality as k(attnum, position) on true
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                        where c.conrelid = cast(? as regclass) and c.contype = 'u' order by k.position""")
                .param(type.table()).query(String.class).list();

        assertThat(key).containsExactlyElementsOf(type.keyColumns());
    }
}
