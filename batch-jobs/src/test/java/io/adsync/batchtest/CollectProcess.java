package io.adsync.batchtest;

import java.time.Duration;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.launch.JobRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A separate JVM that runs one collect for org 1 and exits: the kill-and-restart test starts it,
 * kills it with SIGKILL mid-load, and checks what a restart makes of the pieces. Configuration
 * comes as {@code --property=value} arguments.
 */
public final class CollectProcess {

    private CollectProcess() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = SpringApplication.run(BatchJobsTestApplication.class, args)) {
            JobRunner runner = context.getBean(JobRunner.class);
            runner.await(context.getBean(AdsJobs.class).collect(1), Duration.ofMinutes(10));
        }
    }
}
