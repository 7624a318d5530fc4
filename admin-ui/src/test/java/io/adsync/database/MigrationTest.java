package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.adsync.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The application's migrations (SQL from db/, Spring Batch's schema from batch-jobs) as the app runs them. */
class MigrationTest {

    private final String url = FreshDatabase.create();
    private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url,
            FreshDatabase.USER, FreshDatabase.PASSWORD);

    @AfterEach
    void dropDatabase() {
        FreshDatabase.drop(url);
    }

    @Test
    void migrateAnEmptyDatabaseAndLeaveAMigratedOneAlone() {
        MigrateResult first = flyway().migrate();
        MigrateResult second = flyway().migrate();

        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(2);
        assertThat(first.success).isTrue();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.success).isTrue();
        assertThat(flyway().validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void createTheApplicationTablesTheBatchTablesAndOrg1() {
        flyway().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class).list();

        assertThat(tables).contains("organizations", "settings", "amazon_sp_ads", "amazon_ads_pending_reports",
                "sync_logs", "amazon_sales_traffic", "products", "batch_job_instance", "batch_job_execution",
                "batch_step_execution");
        assertThat(jdbc.sql("select name from organizations where id = 1").query(String.class).single()).isNotBlank();
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}
