package io.adsync.jobs;

import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Jobs run on their own threads: a console click or an HTTP call launches a run and returns (or
 * waits as long as it chooses), instead of being held for the whole run.
 */
@Configuration
@EnableConfigurationProperties(JobsProperties.class)
public class JobsConfiguration {

    @Bean
    @BatchTaskExecutor
    public TaskExecutor batchTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(8);
        executor.setThreadNamePrefix("job-");
        executor.initialize();
        return executor;
    }
}
