package io.adsync.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.adsync.AdsyncProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource} of the application (Flyway, Spring Batch's job repository and every
 * repository use it): the external PostgreSQL of {@code DATABASE_URL}, or, without one, the embedded
 * PostgreSQL under {@code APP_DATA_DIR/postgres}. Pool settings bind from
 * {@code spring.datasource.hikari.*}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Declared as a bean so the pool, which depends on it, is closed before PostgreSQL stops. */
    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgres(AdsyncProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir().resolve("postgres"));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseProperties database, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("adsync");
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        if (server != null) {
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername(server.username());
        } else {
            DatabaseUrl url = database.external();
            // the query part may carry credentials
            log.info("Using the PostgreSQL at {}", url.jdbcUrl().replaceFirst("\\?.*", ""));
            dataSource.setJdbcUrl(url.jdbcUrl());
            dataSource.setUsername(url.username());
            dataSource.setPassword(url.password());
        }
        return dataSource;
    }
}
