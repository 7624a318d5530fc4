package io.adsync.benchmark;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The whole batch-jobs context as the application runs it (client, settings, the request, collect
 * and backfill jobs, the asynchronous job launcher), pointed at the sandbox; only the built-in
 * schedule is off, so nothing but the benchmark starts a run.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"io.adsync.ads", "io.adsync.coverage", "io.adsync.jobs", "io.adsync.profiles",
        "io.adsync.report",
        "io.adsync.settings"})
class JobsApplication {

    static ConfigurableApplicationContext start(String databaseUrl, String user, String password, String sandboxUrl,
                                                Duration pollInterval) {
        return new SpringApplicationBuilder(JobsApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.datasource.url", databaseUrl,
                        "spring.datasource.username", user,
                        "spring.datasource.password", password,
                        "spring.batch.job.enabled", "false",
                        "adsync.encryption-key", BenchmarkSettings.ENCRYPTION_KEY,
                        "adsync.amazon.sandbox-url", sandboxUrl,
                        "adsync.jobs.scheduler.enabled", "false",
                        "adsync.jobs.poll-interval", pollInterval.toMillis() + "ms",
                        "logging.level.root", "WARN"))
                .run();
    }
}
