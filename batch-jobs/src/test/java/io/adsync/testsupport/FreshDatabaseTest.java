package io.adsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A test context's database lives exactly as long as the context. */
class FreshDatabaseTest {

    @Test
    void theDatabaseIsDroppedWhenItsContextClosesAlthoughThePoolHeldConnections() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PoolOnly.class)
                .web(WebApplicationType.NONE)
                .initializers(new FreshDatabase())
                .run();
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        String name = url.substring(url.lastIndexOf('/') + 1);
        JdbcClient.create(context.getBean(DataSource.class)).sql("create table kept (id int)").update();
        assertThat(databaseExists(name)).isTrue();

        context.close();

        assertThat(databaseExists(name)).isFalse();
    }

    private static boolean databaseExists(String name) {
        JdbcClient server = JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(), FreshDatabase.SERVER_URL, FreshDatabase.USER, FreshDatabase.PASSWORD));
        return server.sql("select exists (select 1 from pg_database where datname = ?)").param(name)
                .query(Boolean.class).single();
    }

    /** Boot's own pool on {@code spring.datasource.*}, as the job tests have it. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class PoolOnly {
    }
}
