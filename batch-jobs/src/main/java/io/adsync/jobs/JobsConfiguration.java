package io.adsync.jobs;

import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Jobs run on their own threads: a console click or an HTTP call launches a run and returns (or
 * waits as long as it chooses), instead of being held for the whole run.
 */
@Configuration
@EnableConfigurationProperties(JobsProperties.class)
public class JobsConfiguration {

    /**
     * Four runs at a time; more wait in the queue (with an unbounded queue the pool never grows past
     * its core size). At shutdown its own wait for running tasks comes after
     * {@link RunningJobsShutdown} has asked them to stop.
     */
    @Bean
    @BatchTaskExecutor
    public ThreadPoolTaskExecutor batchTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setThreadNamePrefix("job-");
        executor.setPhase(RunningJobsShutdown.PHASE - 1);
        executor.initialize();
        return executor;
    }
}
