package io.adsync.benchmark;

import java.util.Map;

import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.load.ReportCompletion;
import io.adsync.jobs.pending.PendingReportRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The smallest Spring Boot context the load step runs in: data source, Flyway (the application
 * migrations and the Spring Batch schema), job repository, a synchronous job operator, the load's
 * completion, and the jobs' own settings so the step uses the job's chunk size.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(JobsProperties.class)
class LoadApplication {

    @Bean
    PendingReportRepository pendingReportRepository(JdbcClient jdbc) {
        return new PendingReportRepository(jdbc);
    }

    /** The load's last transaction: rows the report no longer holds deleted, its days covered, completed. */
    @Bean
    ReportCompletion reportCompletion(PendingReportRepository pendingReports, JdbcClient jdbc,
                                      PlatformTransactionManager transactionManager,
                                      ObjectProvider<MeterRegistry> meterRegistry) {
        return new ReportCompletion(pendingReports, new ReportCoverage(jdbc), transactionManager, meterRegistry);
    }

    static ConfigurableApplicationContext start(String databaseUrl, String user, String password) {
        return new SpringApplicationBuilder(LoadApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.datasource.url", databaseUrl,
                        "spring.datasource.username", user,
                        "spring.datasource.password", password,
                        "spring.batch.job.enabled", "false",
                        "adsync.encryption-key", BenchmarkSettings.ENCRYPTION_KEY,
                        "logging.level.root", "WARN"))
                .run();
    }
}
