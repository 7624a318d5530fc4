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

    @Test
    void aVersion1DatabaseGetsItsProfileEnabledAndTheProfileInTheKeyOfEveryRow() {
        flyway("5").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, cost) "
                + "values (1, 42, '2026-11-20', 7, 1.00)").update();
        // a row some other writer stored without its profile: it belongs to the org's one profile
        jdbc.sql("insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, cost) "
                + "values (1, null, '2026-11-21', 7, 2.00)").update();

        flyway().migrate();

        assertThat(jdbc.sql("select profile_id || ' ' || enabled || ' ' || array_to_string(report_types, ',') "
                + "from ads_profiles where org_id = 1").query(String.class).list())
                .containsExactly("42 true spCampaigns");
        assertThat(jdbc.sql("select count(*) from amazon_sp_ads where profile_id = 42").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select is_nullable from information_schema.columns where table_name = 'amazon_sp_ads' "
                + "and column_name = 'profile_id'").query(String.class).single()).isEqualTo("NO");
        // the same campaign and day of another profile is a row of its own now
        jdbc.sql("insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, cost) "
                + "values (1, 43, '2026-11-20', 7, 3.00)").update();
        assertThat(jdbc.sql("select count(*) from amazon_sp_ads where date = '2026-11-20' and campaign_id = 7")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aVersion1DatabaseKeepsItsLoadedDaysAsCoverageDaysWithoutActivityIncluded() {
        flyway("3").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (long campaign : List.of(1L, 2L)) {
            jdbc.sql("insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, cost, updated_at) "
                            + "values (1, 42, '2026-11-20', ?, 1.00, '2026-11-27 10:00+00')")
                    .param(campaign).update();
        }
        jdbc.sql("insert into amazon_sp_ads (org_id, profile_id, date, campaign_id, cost, updated_at) "
                + "values (1, 42, '2026-11-21', 1, 1.00, '2026-11-22 10:00+00')").update();
        // a completed report of two days, one of them without activity
        jdbc.sql("insert into amazon_ads_pending_reports (org_id, profile_id, report_id, start_date, end_date, "
                + "status, updated_at) values (1, 42, 'v1-report', '2026-11-21', '2026-11-22', 'completed', "
                + "'2026-11-23 10:00+00')").update();

        flyway().migrate();

        List<String> coverage = jdbc.sql("select date || ' ' || rows || ' ' || age_days || ' ' "
                        + "|| coalesce(report_id, '-') from report_coverage where org_id = 1 and profile_id = 42 "
                        + "and report_type = 'spCampaigns' order by date")
                .query(String.class).list();
        assertThat(coverage).containsExactly("2026-11-20 2 7 -", "2026-11-21 1 1 v1-report",
                "2026-11-22 0 1 v1-report");
        assertThat(jdbc.sql("select report_type from amazon_ads_pending_reports").query(String.class).single())
                .isEqualTo("spCampaigns");
    }

    @Test
    void anAlertClosedBeforeEachMessageKeptItsOwnDeliveryKeepsTheOutcomeItHadAsItsRecoverys() {
        flyway("11").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into alert_events (org_id, kind, key, message, closed_at, delivered_at, delivery_error) values
                    (1, 'run_failed', 'a', 'closed, recovery sent', now(), now(), null),
                    (1, 'data_stale', 'b', 'closed, recovery refused', now(), null, 'webhook: HTTP 500'),
                    (1, 'run_failed', 'c', 'open, alert sent', null, now(), null),
                    (1, 'test', 'd', 'a test alert', now(), now(), null)""").update();

        flyway().migrate();

        assertThat(jdbc.sql("""
                        select key || ':' || (delivered_at is not null) || '/' || coalesce(delivery_error, '-') || ' '
                               || (recovery_delivered_at is not null) || '/' || coalesce(recovery_delivery_error, '-')
                        from alert_events order by key""")
                .query(String.class).list())
                .containsExactly("a:true/- true/-", "b:false/webhook: HTTP 500 false/webhook: HTTP 500",
                        "c:true/- false/-", "d:true/- false/-");
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
