package io.adsync.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.adsync.jobs.JobsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The schedule is what {@code adsync.jobs.scheduler.*} says, and nothing when it is switched off. */
class SchedulingConfigurationTest {

    // the tasks are only registered, never run: these expressions fire on 29 February
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, SchedulingConfiguration.class)
            .withBean(JobScheduler.class, () -> new JobScheduler(null, null, null, null, null))
            .withPropertyValues(
                    "adsync.jobs.scheduler.request-check-cron=0 1 2 29 2 *",
                    "adsync.jobs.scheduler.collect-cron=0 3 4 29 2 *",
                    "adsync.jobs.scheduler.pending-collect-cron=0 5 6 29 2 *");

    @Test
    void theConfiguredCronExpressionsAreScheduled() {
        runner.run(context -> assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                .extracting(task -> ((CronTask) task.getTask()).getExpression())
                .containsExactlyInAnyOrder("0 1 2 29 2 *", "0 3 4 29 2 *", "0 5 6 29 2 *"));
    }

    @Test
    void switchedOffNothingIsScheduled() {
        runner.withPropertyValues("adsync.jobs.scheduler.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SchedulingConfiguration.class)
                        .doesNotHaveBean(ScheduledTaskHolder.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(JobsProperties.class)
    static class Properties {
    }
}
